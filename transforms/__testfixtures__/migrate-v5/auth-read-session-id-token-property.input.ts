import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { Auth } = withSSRContext({ req });
  const session = await Auth.currentSession();
  const response = await fetch(String(process.env.BACKEND_URL), {
    headers: { Authorization: `Bearer ${session.idToken.jwtToken}` },
  });
  res.status(response.status).json(await response.json());
}
