import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser();
  const refreshToken = user.signInUserSession.refreshToken.token;
  res.json({ hasRefresh: Boolean(refreshToken), challenge: user.challengeName });
}
