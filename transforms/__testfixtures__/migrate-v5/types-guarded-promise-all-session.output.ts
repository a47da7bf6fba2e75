import type { GetServerSidePropsContext } from 'next';
import { fetchAuthSession, getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps({ req, res }: GetServerSidePropsContext) {
  const [user, session] = await Promise.all([
    runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    }).catch(() => null),
    runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: async (contextSpec) => {
        const session = await fetchAuthSession(contextSpec);
        if (!session.tokens) throw new Error('No current user');
        return session;
      },
    }).catch(() => null),
  ]);
  if (!user || !session) {
    return { redirect: { destination: '/login', permanent: false } };
  }
  const token = session.tokens?.idToken?.toString();
  return { props: { username: user.username as string, token: token ?? null } };
}
