import type { NextApiRequest, NextApiResponse } from 'next';
import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // One Amplify instance per request (v5).
  const session = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => fetchAuthSession(contextSpec),
  });
  const upstream = await fetch(`${process.env.API_URL}/feed`, {
    headers: { Authorization: `Bearer ${session.tokens?.accessToken.toString()}` },
  });
  res.status(upstream.status).json(await upstream.json());
}
