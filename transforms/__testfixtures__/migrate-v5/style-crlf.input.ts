import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';
import { Post } from '@/models';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  res.json({ username: user.username });
}

export async function legacy(req: NextApiRequest) {
  const { DataStore } = withSSRContext({ req });
  return DataStore.query(Post);
}
