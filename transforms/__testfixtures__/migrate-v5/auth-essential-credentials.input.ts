import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { Auth } = withSSRContext({ req });
  const current = await Auth.currentCredentials();
  const creds = Auth.essentialCredentials(current);
  res.json({ accessKeyId: creds?.accessKeyId ?? null });
}
