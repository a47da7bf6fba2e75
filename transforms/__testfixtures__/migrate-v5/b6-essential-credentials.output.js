import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function handler(req, res) {
  const creds = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) =>
      (await fetchAuthSession(contextSpec)).credentials,
  });
  res.json({ accessKeyId: creds.accessKeyId });
}
