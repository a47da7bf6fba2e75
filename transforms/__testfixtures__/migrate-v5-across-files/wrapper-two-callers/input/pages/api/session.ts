import type { NextApiRequest, NextApiResponse } from 'next';
import { getSSR } from '@/lib/ssr';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = getSSR(req);
  try {
    const user = await SSR.Auth.currentAuthenticatedUser();
    res.status(200).json({ signedIn: true, username: user.username });
  } catch {
    res.status(200).json({ signedIn: false });
  }
}
