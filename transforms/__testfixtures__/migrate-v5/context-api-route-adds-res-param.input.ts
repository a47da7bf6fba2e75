import type { NextApiRequest } from 'next';
import { withSSRContext } from 'aws-amplify';

async function handler(req: NextApiRequest) {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  console.log(`ping from ${user.username}`);
}

export default handler;
