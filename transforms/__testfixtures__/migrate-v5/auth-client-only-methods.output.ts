import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  const { username, password } = req.body as { username: string; password: string };
  // TODO(amplify-next): auth-client-only: client-only Auth API in v6. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/#supported-apis-for-nextjs-server-side-usage
  const user = await SSR.Auth.signIn(username, password);
  res.status(200).json({ challenge: user.challengeName ?? null });
}
