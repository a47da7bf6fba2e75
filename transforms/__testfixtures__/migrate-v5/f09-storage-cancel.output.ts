import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  try {
    // TODO(amplify-next): storage-download-server: Storage.get with download: true has no server API in v6 (downloadData is client-only); use getUrl and fetch. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/#supported-apis-for-nextjs-server-side-usage
    await SSR.Storage.get('missing.txt', { download: true });
    res.status(200).end();
  } catch (error) {
    // TODO(amplify-next): no-server-equivalent: Storage.isCancelError has no server API in v6 (server storage APIs: getUrl, list, remove, copy, getProperties, uploadData). See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/#supported-apis-for-nextjs-server-side-usage
    res.status(SSR.Storage.isCancelError(error) ? 408 : 500).end();
  }
}
