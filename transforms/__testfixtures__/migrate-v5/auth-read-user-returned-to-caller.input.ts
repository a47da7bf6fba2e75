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
  const token = session.getIdToken().getJwtToken();
  return { props: { email: user.attributes.email, token } };
}
