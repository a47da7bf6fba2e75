import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';
import { currentUsername } from '../lib/user';

export async function getServerSideProps({ req, res }) {
  const username = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => currentUsername(contextSpec),
  });
  return { props: { username } };
}

export default function Home({ username }) {
  return <p>{username ?? 'Signed out'}</p>;
}
