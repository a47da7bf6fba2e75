import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps({ req, res: __res }) {
  try {
    const session = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: __res },
      operation: async (contextSpec) => {
        const session = await fetchAuthSession(contextSpec);
        if (!session.tokens) throw new Error('The user is not authenticated');
        return session;
      },
    });
    const token = session.tokens?.idToken?.toString();
    const res = await fetch(`${process.env.API_URL}/me`, { headers: { Authorization: token } });
    return { props: { me: await res.json() } };
  } catch (e) {
    return { redirect: { destination: '/login', permanent: false } };
  }
}

export default function Me({ me }) {
  return <pre>{JSON.stringify(me)}</pre>;
}
