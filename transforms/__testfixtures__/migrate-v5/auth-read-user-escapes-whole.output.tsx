import type { GetServerSideProps } from 'next';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
  try {
    const user = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
    // NOTE(amplify-next): cognito-user-shape: the v5 user/session shape is gone in v6. See https://docs.amplify.aws/gen1/javascript/build-a-backend/auth/auth-migration-guide/
    return { props: { user: JSON.parse(JSON.stringify(user)) } };
  } catch (err) {
    return { props: { user: null } };
  }
};

export default function Page({ user }: { user: { username: string } | null }) {
  return <p>{user ? user.username : 'guest'}</p>;
}
