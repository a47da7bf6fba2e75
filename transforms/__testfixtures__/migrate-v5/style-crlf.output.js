import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps({ req, res }) {
  try {
    const user = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
    return { props: { username: user.username } };
  } catch (err) {
    return { redirect: { destination: '/login', permanent: false } };
  }
}

export default function Profile({ username }) {
  return <h1>{username}</h1>;
}
