import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  const file = await SSR.Storage.get(`exports/${String(req.query.name)}`, { download: true, level: 'private' });
  res.send(file.Body);
}
