import * as Amplify from 'aws-amplify';
import type { NextApiRequest, NextApiResponse } from 'next';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { Auth } = Amplify.withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser();
  res.json({ username: user.username });
}
