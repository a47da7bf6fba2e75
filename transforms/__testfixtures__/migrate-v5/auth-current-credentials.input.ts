import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  const credentials = await SSR.Auth.currentUserCredentials();
  res.json({
    identityId: credentials.identityId,
    authenticated: credentials.authenticated,
    accessKeyId: credentials.accessKeyId,
  });
}
