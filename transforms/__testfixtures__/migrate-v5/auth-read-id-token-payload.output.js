import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function handler(req, res) {
  const session = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => fetchAuthSession(contextSpec),
  });
  const tenant = session.tokens?.idToken?.payload['custom:tenant'];
  const email = session.tokens?.idToken?.payload.email;
  res.json({ tenant, email });
}
