import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  // TODO(amplify-next): storage-download-server: no server download in v6. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/#supported-apis-for-nextjs-server-side-usage
  const file = await SSR.Storage.get(`exports/${String(req.query.name)}`, { download: true, level: 'private' });
  res.send(file.Body);
}
