import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { Auth } = withSSRContext({ req });
  const method = req.query.full ? 'currentUserInfo' : 'currentAuthenticatedUser';
  // TODO(amplify-next): dynamic-category-access: dynamic access to the SSR instance. See https://docs.amplify.aws/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/
  const result = await Auth[method]();
  res.json(result);
}
