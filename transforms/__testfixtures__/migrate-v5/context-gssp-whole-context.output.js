import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps(context) {
  let user = null;
  try {
    user = await runWithAmplifyServerContext({
      nextServerContext: { request: context.req, response: context.res },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
  } catch (e) {
    console.log('not signed in');
  }
  return {
    props: {
      username: user ? user.username : null,
      locale: context.locale ?? 'en',
    },
  };
}

export default function Home({ username }) {
  return <p>{username ? `Welcome back, ${username}` : 'Welcome'}</p>;
}
