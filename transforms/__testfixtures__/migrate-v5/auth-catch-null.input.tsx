import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser().catch(() => null);
  return { props: { isSignedIn: user !== null } };
};

export default function Nav({ isSignedIn }: { isSignedIn: boolean }) {
  return <nav>{isSignedIn ? 'Sign out' : 'Sign in'}</nav>;
}
