import type { GetServerSideProps } from 'next';
import { fetchAuthSession, getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
  const { user, session } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => ({
      user: await getCurrentUser(contextSpec),
      session: await fetchAuthSession(contextSpec),
    }),
  });
  return {
    props: {
      username: user.username,
      accessToken: session.tokens?.accessToken.toString() ?? null,
    },
  };
};

export default function Debug({ username }: { username: string }) {
  return <p>{username}</p>;
}
