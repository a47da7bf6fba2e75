import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  const request = SSR.API.get('slowApi', '/slow');
  // TODO(amplify-next): no-server-equivalent: no v6 server equivalent. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/#supported-apis-for-nextjs-server-side-usage
  const timer = setTimeout(() => SSR.API.cancel(request, 'timeout'), 5000);
  const data = await request;
  clearTimeout(timer);
  res.json(data);
}
