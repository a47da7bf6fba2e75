import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  const tenant = user.signInUserSession.idToken.payload['custom:tenant'];
  const email = user.signInUserSession.idToken.payload.email;
  res.json({ tenant, email });
}
