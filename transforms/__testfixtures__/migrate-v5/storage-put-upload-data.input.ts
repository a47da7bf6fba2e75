import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  const result = await SSR.Storage.put(`uploads/${String(req.query.name)}`, String(req.body), {
    level: 'protected',
    contentType: 'text/plain',
    progressCallback: (progress: { loaded: number; total?: number }) => {
      console.log(`Uploaded ${progress.loaded}/${progress.total}`);
    },
  });
  res.status(201).json({ key: result.key });
}
