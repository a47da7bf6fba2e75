import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { Auth } = withSSRContext({ req });
  const session = await Auth.currentSession();
  res.json({ drift: session.getClockDrift(), refresh: session.getRefreshToken().getToken() });
}
