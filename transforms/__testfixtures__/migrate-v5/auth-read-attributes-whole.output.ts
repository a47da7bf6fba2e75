import type { NextApiRequest, NextApiResponse } from 'next';
import { fetchUserAttributes, getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const user = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => ({
      ...(await getCurrentUser(contextSpec)),
      attributes: (await fetchUserAttributes(contextSpec)) as Record<string, string>,
    }),
  });
  const attributes: Record<string, string | undefined> = user.attributes;
  res.status(200).json({ username: user.username, attributes });
}
