import type { NextApiRequest, NextApiResponse } from 'next';
import { list } from 'aws-amplify/storage/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // NOTE(amplify-next): deprecated-key-api: key/accessLevel inputs are deprecated. See https://docs.amplify.aws/gen1/javascript/build-a-backend/storage/storage-v5-to-v6-migration-guide/
  const listing = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      list(contextSpec, {
        prefix: 'reports/',
        options: { listAll: true, accessLevel: 'guest' },
      }),
  });
  res.json(listing.items.map((item: { key: string }) => item.key));
}
