import { createServerRunner } from '@aws-amplify/adapter-nextjs';
import config from '@/amplify_outputs.json';

export const { runWithAmplifyServerContext, createAuthRouteHandlers } = createServerRunner({
  config,
  runtimeOptions: {
    cookies: {
      domain: '.example.com', // shared with the marketing site
      sameSite: 'lax',
      maxAge: 2592000,
    },
  },
});
