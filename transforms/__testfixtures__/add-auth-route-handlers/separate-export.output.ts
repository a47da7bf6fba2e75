import { createServerRunner } from '@aws-amplify/adapter-nextjs';
import config from '@/amplify_outputs.json';

const { runWithAmplifyServerContext, createAuthRouteHandlers } = createServerRunner({
  config,
});

export { runWithAmplifyServerContext, createAuthRouteHandlers };
