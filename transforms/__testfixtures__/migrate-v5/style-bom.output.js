import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function handler(req, res) {
  const session = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => fetchAuthSession(contextSpec),
  });
  res.json({ sub: session.tokens?.idToken?.payload.sub });
}
