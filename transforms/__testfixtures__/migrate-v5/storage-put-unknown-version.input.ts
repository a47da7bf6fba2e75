import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  const result = await SSR.Storage.put(`notes/${Date.now()}.txt`, String(req.body.text), {
    level: 'private',
    contentType: 'text/plain',
  });
  res.status(201).json({ key: result.key });
}
