import type { NextApiRequest, NextApiResponse } from 'next';
import { Amplify } from 'aws-amplify';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';
import awsExports from '@/aws-exports';

// NOTE(amplify-next): server-module-configure: Amplify.configure in a server module. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
Amplify.configure(awsExports, { ssr: true });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const user = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  });
  res.json({ username: user.username });
}
