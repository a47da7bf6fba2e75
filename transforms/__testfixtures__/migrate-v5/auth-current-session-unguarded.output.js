import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function handler(req, res) {
  const session = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => fetchAuthSession(contextSpec),
  });
  const accessToken = session.tokens?.accessToken.toString();
  const expiresAt = session.tokens?.idToken?.payload.exp;
  res.json({ accessToken, expiresAt, email: session.tokens?.idToken?.payload.email });
}
