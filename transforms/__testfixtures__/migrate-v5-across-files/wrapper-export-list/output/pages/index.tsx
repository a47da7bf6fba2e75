import type { GetServerSidePropsContext } from 'next';
import { PUBLIC_ROUTES } from '../lib/amplify';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps(context: GetServerSidePropsContext) {
  try {
    const user = await runWithAmplifyServerContext({
      nextServerContext: { request: context.req, response: context.res },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
    return { props: { username: user.username as string, routes: PUBLIC_ROUTES } };
  } catch (err) {
    return { props: { username: null, routes: PUBLIC_ROUTES } };
  }
}

export default function Orders({ username }: { username: string | null }) {
  return <h1>{username ? `Orders of ${username}` : 'Sign in to see your orders'}</h1>;
}
