import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

type Data = { username: string } | { error: string };

export default async function handler(req: NextApiRequest, res: NextApiResponse<Data>) {
  const { Auth } = withSSRContext({ req });
  try {
    const user = await Auth.currentAuthenticatedUser();
    res.status(200).json({ username: user.username });
  } catch (err) {
    res.status(401).json({ error: 'Unauthorized' });
  }
}
