import { createServerRunner } from '@aws-amplify/adapter-nextjs';
import config from '@/amplify_outputs.json';

export const {
  runWithAmplifyServerContext, // used by middleware.ts
  createAuthRouteHandlers,
} = createServerRunner({
  config,
});
