import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // One Amplify instance per request (v5).
  const SSR = withSSRContext({ req });

  const upstream = await fetch(`${process.env.API_URL}/feed`, {
    headers: { Authorization: `Bearer ${(await SSR.Auth.currentSession()).getAccessToken().getJwtToken()}` },
  });
  res.status(upstream.status).json(await upstream.json());
}
