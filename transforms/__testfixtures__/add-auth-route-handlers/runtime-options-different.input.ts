import { createServerRunner } from '@aws-amplify/adapter-nextjs';
import config from '@/amplify_outputs.json';

export const { runWithAmplifyServerContext } = createServerRunner({
  config,
  runtimeOptions: {
    cookies: {
      domain: '.example.com',
      sameSite: 'strict',
      maxAge: 60 * 60,
    },
  },
});
