import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getStaticProps({ req }) {
  const user = await runWithAmplifyServerContext({
    nextServerContext: null,
    operation: (contextSpec) => getCurrentUser(contextSpec),
  }).catch(() => null);
  return { props: { signedIn: Boolean(user) }, revalidate: 10 };
}

export default function Landing({ signedIn }) {
  return <div>{signedIn ? 'Welcome back' : 'Hello'}</div>;
}
