import type { NextApiRequest, NextApiResponse } from 'next';
import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => fetchAuthSession(contextSpec),
  });
  const response = await fetch(String(process.env.BACKEND_URL), {
    headers: { Authorization: `Bearer ${session.tokens?.idToken?.toString()}` },
  });
  res.status(response.status).json(await response.json());
}
