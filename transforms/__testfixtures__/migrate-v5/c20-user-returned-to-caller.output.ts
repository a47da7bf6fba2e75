import type { GetServerSidePropsContext } from 'next';
import { withSSRContext } from 'aws-amplify';
import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

async function loadUser(req: GetServerSidePropsContext['req'], res: GetServerSidePropsContext['res']) {
  const { Auth } = withSSRContext({ req });
  try {
    return await Auth.currentAuthenticatedUser();
  } catch {
    return null;
  }
}

export async function getServerSideProps({ req, res }: GetServerSidePropsContext) {
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
  // TODO(amplify-next): cognito-user-shape: the v5 user/session shape is gone in v6. See https://docs.amplify.aws/gen1/javascript/build-a-backend/auth/auth-migration-guide/
  return { props: { email: user.attributes.email, token } };
}
