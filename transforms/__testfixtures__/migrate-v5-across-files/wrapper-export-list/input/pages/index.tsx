import type { GetServerSidePropsContext } from 'next';
import { getAmplifyInstance, PUBLIC_ROUTES } from '../lib/amplify';

export async function getServerSideProps(context: GetServerSidePropsContext) {
  const amplify = getAmplifyInstance(context);
  try {
    const user = await amplify.Auth.currentAuthenticatedUser();
    return { props: { username: user.username as string, routes: PUBLIC_ROUTES } };
  } catch (err) {
    return { props: { username: null, routes: PUBLIC_ROUTES } };
  }
}

export default function Orders({ username }: { username: string | null }) {
  return <h1>{username ? `Orders of ${username}` : 'Sign in to see your orders'}</h1>;
}
