import type { GetServerSidePropsContext } from 'next';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps(context: GetServerSidePropsContext) {
  let signedIn = true;
  try {
    await runWithAmplifyServerContext({
      nextServerContext: { request: context.req, response: context.res },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
  } catch {
    signedIn = false;
  }
  return { props: { signedIn } };
}

export default function Home({ signedIn }: { signedIn: boolean }) {
  return <p>{signedIn ? 'Welcome back' : 'Hello'}</p>;
}
