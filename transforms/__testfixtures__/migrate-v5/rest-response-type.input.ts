import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  const file = await SSR.API.get('filesApi', `/files/${String(req.query.id)}`, { responseType: 'blob' });
  res.setHeader('Content-Type', file.type);
  res.send(Buffer.from(await file.arrayBuffer()));
}
