import type { NextApiRequest, NextApiResponse } from 'next';
import { copy } from 'aws-amplify/storage/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const name = String(req.body.name);
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
