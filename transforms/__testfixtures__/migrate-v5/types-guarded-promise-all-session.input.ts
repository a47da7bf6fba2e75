import type { GetServerSidePropsContext } from 'next';
import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }: GetServerSidePropsContext) {
  const SSR = withSSRContext({ req });
  const [user, session] = await Promise.all([
    SSR.Auth.currentAuthenticatedUser().catch(() => null),
    SSR.Auth.currentSession().catch(() => null),
  ]);
  if (!user || !session) {
    return { redirect: { destination: '/login', permanent: false } };
  }
  const token = session.getIdToken().getJwtToken();
  return { props: { username: user.username as string, token: token ?? null } };
}
