import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { Auth } = withSSRContext({ req });
  const method = req.query.full ? 'currentUserInfo' : 'currentAuthenticatedUser';
  const result = await Auth[method]();
  res.json(result);
}
