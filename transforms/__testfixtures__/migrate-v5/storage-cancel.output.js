import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  const upload = SSR.Storage.put('big.bin', req.body);
  // TODO(amplify-next): no-server-equivalent: no v6 server equivalent. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/#supported-apis-for-nextjs-server-side-usage
  setTimeout(() => SSR.Storage.cancel(upload), 30000);
  try {
    await upload;
    res.status(201).end();
  } catch (error) {
    // TODO(amplify-next): no-server-equivalent: no v6 server equivalent. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/#supported-apis-for-nextjs-server-side-usage
    res.status(SSR.Storage.isCancelError(error) ? 408 : 500).end();
  }
}
