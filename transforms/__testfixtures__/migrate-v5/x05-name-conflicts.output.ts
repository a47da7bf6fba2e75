import type { NextApiRequest, NextApiResponse } from 'next';
import { getCurrentUser as getCurrentUserServer } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getCurrentUser(req: NextApiRequest, res: NextApiResponse) {
  try {
    return await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) => getCurrentUserServer(contextSpec),
    });
  } catch {
    return null;
  }
}
