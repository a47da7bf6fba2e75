import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser();
  const token = user.getSignInUserSession().getIdToken().getJwtToken();
  const upstream = await fetch(`${process.env.API_URL}/me`, { headers: { Authorization: `${token}` } });
  res.status(upstream.status).json(await upstream.json());
}
