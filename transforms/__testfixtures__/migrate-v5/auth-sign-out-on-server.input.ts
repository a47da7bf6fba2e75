import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { Auth } = withSSRContext({ req });
  await Auth.signOut({ global: true });
  res.redirect(302, '/');
}
