import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function handler(req, res) {
  // NOTE(amplify-next): credentials-undefined: credentials may be undefined. See https://docs.amplify.aws/gen1/javascript/build-a-backend/auth/auth-migration-guide/
  const creds = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) =>
      (await fetchAuthSession(contextSpec)).credentials,
  });
  res.json({ accessKeyId: creds.accessKeyId });
}
