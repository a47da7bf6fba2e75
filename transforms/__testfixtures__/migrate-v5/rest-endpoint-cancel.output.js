import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  // TODO(amplify-next): no-server-equivalent: no v6 server equivalent. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/#supported-apis-for-nextjs-server-side-usage
  const endpoint = await SSR.API.endpoint('itemsApi');
  res.json({ endpoint });
}
