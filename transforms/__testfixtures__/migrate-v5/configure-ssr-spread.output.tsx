import type { GetServerSideProps } from 'next';
import { Amplify } from 'aws-amplify';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';
import config from '@/amplifyconfiguration.json';

Amplify.configure(config, { ssr: true });

export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
  try {
    const user = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
    return { props: { username: user.username } };
  } catch {
    return { props: { username: null } };
  }
};

export default function Home({ username }: { username: string | null }) {
  return <p>{username ?? 'Sign in'}</p>;
}
