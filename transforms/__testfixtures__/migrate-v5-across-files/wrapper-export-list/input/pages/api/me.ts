import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerAuth } from '@/lib/amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  try {
    const user = await getServerAuth(req).currentAuthenticatedUser();
    res.status(200).json({ username: user.username });
  } catch (error) {
    res.status(401).json({ error: 'Not signed in' });
  }
}
