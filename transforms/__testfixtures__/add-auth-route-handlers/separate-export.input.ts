import { createServerRunner } from '@aws-amplify/adapter-nextjs';
import config from '@/amplify_outputs.json';

const { runWithAmplifyServerContext } = createServerRunner({
  config,
});

export { runWithAmplifyServerContext };
