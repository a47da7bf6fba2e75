import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export async function getCurrentUser(req: NextApiRequest, res: NextApiResponse) {
  const { Auth } = withSSRContext({ req });
  try {
    return await Auth.currentAuthenticatedUser();
  } catch {
    return null;
  }
}
