import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  try {
    // TODO(amplify-next): storage-download-server: no server download in v6. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/#supported-apis-for-nextjs-server-side-usage
    await SSR.Storage.get('missing.txt', { download: true });
    res.status(200).end();
  } catch (error) {
    // TODO(amplify-next): no-server-equivalent: no v6 server equivalent. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/#supported-apis-for-nextjs-server-side-usage
    res.status(SSR.Storage.isCancelError(error) ? 408 : 500).end();
  }
}
