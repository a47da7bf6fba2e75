import type { NextApiHandler } from 'next';
import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

const handler: NextApiHandler = async (request, response) => {
  const session = await runWithAmplifyServerContext({
    nextServerContext: { request, response },
    operation: (contextSpec) => fetchAuthSession(contextSpec),
  });
  response.json({ token: session.tokens?.idToken?.toString() });
};

export default handler;
