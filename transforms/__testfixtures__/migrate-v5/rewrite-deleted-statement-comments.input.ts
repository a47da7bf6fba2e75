import type { GetServerSidePropsContext } from 'next';
import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req, res }: GetServerSidePropsContext) {
  /*
   * Build a per-request Amplify instance: the global one would share the
   * signed-in user between requests.
   */
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();

  return { props: { username: user.username } };
}
