import { createServerRunner } from '@aws-amplify/adapter-nextjs';
import config from '__AMPLIFY_CONFIG__';

export const { runWithAmplifyServerContext } = createServerRunner({
  config,
});
