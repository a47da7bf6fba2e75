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
    // NOTE(amplify-next): cognito-user-shape: the v5 user/session shape is gone in v6. See https://docs.amplify.aws/gen1/javascript/build-a-backend/auth/auth-migration-guide/
    return { props: { user } };
  } catch {
    return { props: { user: null } };
  }
};
