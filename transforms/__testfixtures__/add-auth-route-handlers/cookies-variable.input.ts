import { createServerRunner } from '@aws-amplify/adapter-nextjs';
import config from '@/amplify_outputs.json';

const cookies = { sameSite: 'lax' as const };

export const { runWithAmplifyServerContext } = createServerRunner({
  config,
  runtimeOptions: { cookies },
});
