import type { NextApiRequest, NextApiResponse } from 'next';
import { list } from 'aws-amplify/storage/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
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
