import type { GetServerSideProps } from 'next';
import Head from 'next/head';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

// Protected by the middleware; renders the user from the token cookies (getServerSideProps).
export const getServerSideProps: GetServerSideProps<{ user: string }> = async ({ req, res }) => {
  try {
    const current = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
    return { props: { user: `signed in as ${current.username} (${current.userId})` } };
  } catch (error) {
    return { props: { user: `no user: ${(error as Error).name}` } };
  }
};

export default function Home({ user }: { user: string }) {
  return (
    <>
      <Head>
        <title>Home</title>
      </Head>
      <main>
        <h1>Home (signed in)</h1>
        <p id="user">{user}</p>
        <a href="/api/auth/sign-out">Sign out</a>
      </main>
    </>
  );
}
