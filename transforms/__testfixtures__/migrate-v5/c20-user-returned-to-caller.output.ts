import type { GetServerSidePropsContext } from 'next';
import { withSSRContext } from 'aws-amplify';

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
  const [session] = await Promise.all([withSSRContext({ req }).Auth.currentSession()]);
  // TODO(amplify-next): cognito-user-shape: the v5 user/session shape is gone in v6. See https://docs.amplify.aws/gen1/javascript/build-a-backend/auth/auth-migration-guide/
  const token = session.getIdToken().getJwtToken();
  // TODO(amplify-next): cognito-user-shape: the v5 user/session shape is gone in v6. See https://docs.amplify.aws/gen1/javascript/build-a-backend/auth/auth-migration-guide/
  return { props: { email: user.attributes.email, token } };
}
