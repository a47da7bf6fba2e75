import type { GetServerSideProps } from 'next';
import { fetchAuthSession, getCurrentUser } from 'aws-amplify/auth/server';
import type { AuthSession, AuthUser } from 'aws-amplify/auth';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

type Props = { user: AuthUser | null };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req, res }) => {
  try {
    const user: AuthUser = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
    const session: AuthSession = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: async (contextSpec) => {
        const session = await fetchAuthSession(contextSpec);
        if (!session.tokens) throw new Error('No current user');
        return session;
      },
    });
    console.log(session.tokens?.idToken?.payload.sub);
    return { props: { user } };
  } catch {
    return { props: { user: null } };
  }
};
