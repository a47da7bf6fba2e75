import type { NextApiRequest, NextApiResponse } from 'next';
import getAmplify from '@/lib/amplifySSR';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  try {
    const user = await getAmplify(req).Auth.currentAuthenticatedUser();
    res.status(200).json({ username: user.username });
  } catch (error) {
    res.status(401).json({ message: 'Unauthorized' });
  }
}
