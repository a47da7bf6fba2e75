import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req, res }) {
  const { Auth } = withSSRContext({ req });
  const auth = { user: await Auth.currentAuthenticatedUser().catch(() => null), checkedAt: Date.now() };
  if (!auth.user) {
    return { redirect: { destination: '/login', permanent: false } };
  }
  // TODO(amplify-next): cognito-user-shape: the v5 user/session shape is gone in v6. See https://docs.amplify.aws/gen1/javascript/build-a-backend/auth/auth-migration-guide/
  return { props: { email: auth.user.attributes.email, checkedAt: auth.checkedAt } };
}
