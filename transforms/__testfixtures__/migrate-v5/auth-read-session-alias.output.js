import { fetchAuthSession, getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps(ctx) {
  const { user, userSession } = await runWithAmplifyServerContext({
    nextServerContext: { request: ctx.req, response: ctx.res },
    operation: async (contextSpec) => ({
      user: await getCurrentUser(contextSpec),
      userSession: await fetchAuthSession(contextSpec),
    }),
  });
  return {
    props: {
      username: user.username,
      groups: userSession.tokens?.accessToken.payload['cognito:groups'] || [],
    },
  };
}

export default function Page({ username }) {
  return <p>{username}</p>;
}
