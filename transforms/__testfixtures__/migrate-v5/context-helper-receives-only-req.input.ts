import type { GetServerSidePropsContext } from 'next';
import { withSSRContext } from 'aws-amplify';

export async function getSSRCurrentAuth(req: GetServerSidePropsContext['req']) {
  const { Auth } = withSSRContext({ req });
  try {
    const user = await Auth.currentAuthenticatedUser();
    return { username: user.username as string };
  } catch {
    return null;
  }
}
