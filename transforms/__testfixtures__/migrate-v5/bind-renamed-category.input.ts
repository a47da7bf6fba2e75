import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { Auth: ssrAuth } = withSSRContext({ req });
  const user = await ssrAuth.currentAuthenticatedUser();
  res.status(200).json({ id: user.attributes.sub });
}
