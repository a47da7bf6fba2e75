import type { NextApiRequest, NextApiResponse } from 'next';
import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

async function callOrdersApi(path: string, idToken: string): Promise<Response> {
  return fetch(`${process.env.ORDERS_API_URL}${path}`, {
    headers: { Authorization: `Bearer ${idToken}` },
  });
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => fetchAuthSession(contextSpec),
  });
  const accessToken = session.tokens?.accessToken.toString();
  if (!accessToken) throw new Error('No current user');
  const idToken2 = session.tokens?.idToken?.toString();
  if (!idToken2) throw new Error('No current user');
  const orders = await callOrdersApi('/orders', idToken2);
  const profile = await fetch(`${process.env.PROFILE_API_URL}/me`, {
    headers: { Authorization: accessToken },
  });
  res.status(orders.status).json({ orders: await orders.json(), profile: await profile.json() });
}
