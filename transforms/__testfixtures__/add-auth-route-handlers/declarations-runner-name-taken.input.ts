import { createServerRunner } from '@aws-amplify/adapter-nextjs';
import config from '@/amplify_outputs.json';

const serverRunner = 'taken';
const amplifyServerRunner = 'taken too';

export const { runWithAmplifyServerContext } = createServerRunner({
  config,
});
