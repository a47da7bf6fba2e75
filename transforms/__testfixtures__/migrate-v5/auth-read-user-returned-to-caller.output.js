import {
  fetchAuthSession,
  fetchUserAttributes,
  getCurrentUser,
} from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

async function loadUser(req, res) {
  try {
    return await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: async (contextSpec) => ({
        ...(await getCurrentUser(contextSpec)),
        attributes: await fetchUserAttributes(contextSpec),
      }),
    });
  } catch {
    return null;
  }
}

export async function getServerSideProps({ req, res }) {
  const user = await loadUser(req, res);
  if (!user) {
    return { redirect: { destination: '/login', permanent: false } };
  }
  const [session] = await Promise.all([
    runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) => fetchAuthSession(contextSpec),
    }),
  ]);
  const token = session.tokens?.idToken?.toString();
  return { props: { email: user.attributes.email, token } };
}
