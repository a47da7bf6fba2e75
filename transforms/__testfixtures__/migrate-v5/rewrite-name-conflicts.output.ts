import type { NextApiRequest, NextApiResponse } from 'next';
import { getCurrentUser as getCurrentUserServer } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getCurrentUser(req: NextApiRequest, res: NextApiResponse) {
  try {
    // NOTE(amplify-next): cognito-user-shape: the v5 user/session shape is gone in v6. See https://docs.amplify.aws/gen1/javascript/build-a-backend/auth/auth-migration-guide/
    return await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) => getCurrentUserServer(contextSpec),
    });
  } catch {
    return null;
  }
}
