import { fetchUserAttributes, getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function handler(req, res) {
  const { username, attributes } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => ({
      ...(await getCurrentUser(contextSpec)),
      attributes: await fetchUserAttributes(contextSpec),
    }),
  });
  res.status(200).json({ username, attributes });
}
