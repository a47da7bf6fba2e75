import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  const name = String(req.body.name);
  const copied = await SSR.Storage.copy({ key: `drafts/${name}`, level: 'private' }, { key: `archive/${name}`, level: 'private' });
  res.json({ key: copied.key });
}
