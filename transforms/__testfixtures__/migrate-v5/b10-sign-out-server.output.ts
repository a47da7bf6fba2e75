import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { Auth } = withSSRContext({ req });
  // TODO(amplify-next): auth-client-only: Auth.signOut has no server API in v6; use signOut from aws-amplify/auth on the client, or the /api/auth/sign-out route of createAuthRouteHandlers. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/#supported-apis-for-nextjs-server-side-usage
  await Auth.signOut({ global: true });
  res.redirect(302, '/');
}
