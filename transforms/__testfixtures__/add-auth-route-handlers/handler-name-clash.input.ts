import { createServerRunner } from '@aws-amplify/adapter-nextjs';
import config from '@/amplify_outputs.json';

import { createAuthRouteHandlers } from './legacy-auth';

export const { runWithAmplifyServerContext } = createServerRunner({
  config,
});

export { createAuthRouteHandlers };
