import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps({ req, res }) {
  const user = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  });
  return { props: { username: user.username } };
}

export default function Home({ username }) {
  return <p>{username}</p>;
}
