import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  const request = SSR.API.get('slowApi', '/slow');
  const timer = setTimeout(() => SSR.API.cancel(request, 'timeout'), 5000);
  const data = await request;
  clearTimeout(timer);
  res.json(data);
}
