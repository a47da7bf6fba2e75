import type { NextApiRequest, NextApiResponse } from 'next';
import { copy } from 'aws-amplify/storage/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const name = String(req.body.name);
  // NOTE(amplify-next): deprecated-key-api: key/accessLevel inputs are deprecated. See https://docs.amplify.aws/gen1/javascript/build-a-backend/storage/storage-v5-to-v6-migration-guide/
  const copied = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      copy(contextSpec, {
        source: { key: `drafts/${name}`, accessLevel: 'private' },
        destination: { key: `archive/${name}`, accessLevel: 'private' },
      }),
  });
  res.json({ key: copied.key });
}
