import { createServerRunner as createRunner } from '@aws-amplify/adapter-nextjs';
import config from '@/amplify_outputs.json';

export const { runWithAmplifyServerContext, createAuthRouteHandlers } = createRunner({ config });
