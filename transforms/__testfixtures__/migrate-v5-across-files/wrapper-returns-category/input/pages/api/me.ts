import type { NextApiRequest, NextApiResponse } from 'next';
import { serverAuth } from '../../lib/server-auth';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const auth = serverAuth(req);
  try {
    const user = await auth.currentAuthenticatedUser();
    res.status(200).json({ username: user.username });
  } catch {
    res.status(401).json({ error: 'Not signed in' });
  }
}
