import type { NextApiRequest, NextApiResponse } from 'next';
import { serverAuth } from '../../lib/server-auth';

// The access token, for the mobile client that calls our other APIs.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  try {
    const session = await serverAuth(req).currentSession();
    res.status(200).json({ accessToken: session.getAccessToken().getJwtToken() });
  } catch {
    res.status(401).json({ error: 'Not signed in' });
  }
}
