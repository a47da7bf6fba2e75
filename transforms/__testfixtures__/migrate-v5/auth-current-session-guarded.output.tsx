import type { GetServerSideProps } from 'next';
import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
  try {
    const session = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: async (contextSpec) => {
        const session = await fetchAuthSession(contextSpec);
        if (!session.tokens) throw new Error('No current user');
        return session;
      },
    });
    const idToken = session.tokens?.idToken?.toString();
    const response = await fetch('https://api.example.com/orders', {
      headers: { Authorization: `Bearer ${idToken}` },
    });
    const orders: unknown = await response.json();
    return { props: { orders } };
  } catch (err) {
    return { redirect: { destination: '/signin', permanent: false } };
  }
};

export default function Orders({ orders }: { orders: unknown }) {
  return <pre>{JSON.stringify(orders)}</pre>;
}
