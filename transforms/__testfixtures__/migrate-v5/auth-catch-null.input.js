import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser().catch(() => null);
  return { props: { isSignedIn: user !== null } };
}

export default function Nav({ isSignedIn }) {
  return <nav>{isSignedIn ? 'Sign out' : 'Sign in'}</nav>;
}
