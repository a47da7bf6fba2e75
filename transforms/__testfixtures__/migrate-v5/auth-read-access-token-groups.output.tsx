import type { GetServerSideProps } from 'next';
import { fetchAuthSession, getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
  try {
    const { user, session } = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: async (contextSpec) => ({
        user: await getCurrentUser(contextSpec),
        session: await fetchAuthSession(contextSpec),
      }),
    });
    const groups = (session.tokens?.accessToken.payload['cognito:groups'] as string[] | undefined) ?? [];
    if (!groups.includes('admin')) {
      return { notFound: true };
    }
    return { props: { username: user.username } };
  } catch {
    return { redirect: { destination: '/login', permanent: false } };
  }
};

export default function Admin({ username }: { username: string }) {
  return <h1>Admin: {username}</h1>;
}
