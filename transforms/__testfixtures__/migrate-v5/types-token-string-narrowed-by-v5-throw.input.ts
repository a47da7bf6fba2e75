import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

async function callOrdersApi(path: string, idToken: string): Promise<Response> {
  return fetch(`${process.env.ORDERS_API_URL}${path}`, {
    headers: { Authorization: `Bearer ${idToken}` },
  });
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { Auth } = withSSRContext({ req });
  const session = await Auth.currentSession();
  const accessToken = session.getAccessToken().getJwtToken();
  const orders = await callOrdersApi('/orders', session.getIdToken().getJwtToken());
  const profile = await fetch(`${process.env.PROFILE_API_URL}/me`, {
    headers: { Authorization: accessToken },
  });
  res.status(orders.status).json({ orders: await orders.json(), profile: await profile.json() });
}
