import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { Storage } = withSSRContext({ req });
  // TODO(amplify-next): storage-put-server: Storage.put has no server API before aws-amplify 6.17.0 (project has 6.15.10); upload from the client or upgrade. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/#supported-apis-for-nextjs-server-side-usage
  await Storage.put('latest.json', JSON.stringify(req.body), { contentType: 'application/json' });
  res.status(204).end();
}
