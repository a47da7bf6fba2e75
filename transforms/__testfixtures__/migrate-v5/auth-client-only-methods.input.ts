import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  const { username, password } = req.body as { username: string; password: string };
  const user = await SSR.Auth.signIn(username, password);
  res.status(200).json({ challenge: user.challengeName ?? null });
}
