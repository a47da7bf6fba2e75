import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';
import { Post } from '@/models';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const user = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  });
  res.json({ username: user.username });
}

export async function legacy(req: NextApiRequest) {
  // TODO(amplify-next): missing-response: v6 needs the response too. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
  const { DataStore } = withSSRContext({ req });
  // TODO(amplify-next): datastore-server: DataStore has no v6 server API. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/#migrating-from-datastore-to-api-in-a-server-context
  return DataStore.query(Post);
}
