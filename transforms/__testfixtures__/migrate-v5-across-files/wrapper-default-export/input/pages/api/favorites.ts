import type { NextApiRequest, NextApiResponse } from 'next';
import amplifySSR from '../../lib/amplifySSR';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { Auth } = amplifySSR(req);
  try {
    const session = await Auth.currentSession();
    res.status(200).json({ userId: session.getIdToken().payload.sub });
  } catch (error) {
    res.status(401).json({ message: 'Unauthorized' });
  }
}
