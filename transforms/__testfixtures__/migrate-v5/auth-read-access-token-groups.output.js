import { fetchAuthSession, getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps({ req, res }) {
  try {
    const { user, session } = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: async (contextSpec) => ({
        user: await getCurrentUser(contextSpec),
        session: await fetchAuthSession(contextSpec),
      }),
    });
    const groups = session.tokens?.accessToken.payload['cognito:groups'] || [];
    if (!groups.includes('admin')) {
      return { notFound: true };
    }
    return { props: { username: user.username } };
  } catch {
    return { redirect: { destination: '/login', permanent: false } };
  }
}

export default function Admin({ username }) {
  return <h1>Admin: {username}</h1>;
}
