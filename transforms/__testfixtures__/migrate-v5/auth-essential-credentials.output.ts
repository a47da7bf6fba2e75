import type { NextApiRequest, NextApiResponse } from 'next';
import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // NOTE(amplify-next): credentials-undefined: credentials may be undefined. See https://docs.amplify.aws/gen1/javascript/build-a-backend/auth/auth-migration-guide/
  const current = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) =>
      (await fetchAuthSession(contextSpec)).credentials,
  });
  const creds = current;
  res.json({ accessKeyId: creds?.accessKeyId ?? null });
}
