import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { Storage } = withSSRContext({ req });
  // TODO(amplify-next): storage-put-server: no server upload in this version. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/#supported-apis-for-nextjs-server-side-usage
  await Storage.put('latest.json', JSON.stringify(req.body), { contentType: 'application/json' });
  res.status(204).end();
}
