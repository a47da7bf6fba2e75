import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps({ req, res: __res }) {
  try {
    const session = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: __res },
      operation: async (contextSpec) => {
        const session = await fetchAuthSession(contextSpec);
        if (!session.tokens) throw new Error('No current user');
        return session;
      },
    });
    const idToken = session.tokens?.idToken?.toString();
    const res = await fetch('https://api.example.com/orders', {
      headers: { Authorization: `Bearer ${idToken}` },
    });
    return { props: { orders: await res.json() } };
  } catch (err) {
    return { redirect: { destination: '/signin', permanent: false } };
  }
}

export default function Orders({ orders }) {
  return <pre>{JSON.stringify(orders)}</pre>;
}
