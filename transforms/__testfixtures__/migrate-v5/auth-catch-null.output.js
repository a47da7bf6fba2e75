import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps({ req, res }) {
  const user = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  }).catch(() => null);
  return { props: { isSignedIn: user !== null } };
}

export default function Nav({ isSignedIn }) {
  return <nav>{isSignedIn ? 'Sign out' : 'Sign in'}</nav>;
}
