import type { GetServerSideProps } from 'next';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
  const user = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  }).catch(() => null);
  return { props: { isSignedIn: user !== null } };
};

export default function Nav({ isSignedIn }: { isSignedIn: boolean }) {
  return <nav>{isSignedIn ? 'Sign out' : 'Sign in'}</nav>;
}
