import { createServerRunner } from '@aws-amplify/adapter-nextjs';
import config from '@/src/aws-exports';

export const { runWithAmplifyServerContext } = createServerRunner({
  config,
});
