import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { Auth } = withSSRContext({ req });
  // TODO(amplify-next): auth-client-only: client-only Auth API in v6. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/#supported-apis-for-nextjs-server-side-usage
  await Auth.signOut({ global: true });
  res.redirect(302, '/');
}
