import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps({ req, res: __res }) {
  // One Amplify instance per request (v5).
  const session = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: __res },
    operation: (contextSpec) => fetchAuthSession(contextSpec),
  });
  const res = await fetch(`${process.env.API_URL}/feed`, {
    headers: {
      Authorization: `Bearer ${session.tokens?.idToken?.toString()}`,
    },
  });
  return { props: { feed: await res.json() } };
}

export default function Feed({ feed }) {
  return <pre>{JSON.stringify(feed)}</pre>;
}
