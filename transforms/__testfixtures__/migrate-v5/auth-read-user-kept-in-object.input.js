import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req, res }) {
  const { Auth } = withSSRContext({ req });
  const auth = { user: await Auth.currentAuthenticatedUser().catch(() => null), checkedAt: Date.now() };
  if (!auth.user) {
    return { redirect: { destination: '/login', permanent: false } };
  }
  return { props: { email: auth.user.attributes.email, checkedAt: auth.checkedAt } };
}
