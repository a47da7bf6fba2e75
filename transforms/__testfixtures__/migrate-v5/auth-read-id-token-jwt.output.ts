import type { NextApiRequest, NextApiResponse } from 'next';
import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => fetchAuthSession(contextSpec),
  });
  const token = session.tokens?.idToken?.toString();
  const upstream = await fetch(`${process.env.API_URL}/me`, { headers: { Authorization: `${token}` } });
  res.status(upstream.status).json(await upstream.json());
}
