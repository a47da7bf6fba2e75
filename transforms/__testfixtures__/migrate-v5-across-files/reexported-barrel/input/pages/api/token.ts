import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from '@/lib/amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  try {
    const session = await SSR.Auth.currentSession();
    res.status(200).json({ groups: session.getAccessToken().payload['cognito:groups'] ?? [] });
  } catch {
    res.status(401).end();
  }
}
