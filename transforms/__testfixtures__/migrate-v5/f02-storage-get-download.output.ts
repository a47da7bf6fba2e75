import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  // TODO(amplify-next): storage-download-server: Storage.get with download: true has no server API in v6 (downloadData is client-only); use getUrl and fetch. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/#supported-apis-for-nextjs-server-side-usage
  const file = await SSR.Storage.get(`exports/${String(req.query.name)}`, { download: true, level: 'private' });
  res.send(file.Body);
}
