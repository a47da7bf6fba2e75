import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const { Auth } = withSSRContext({ req });
  try {
    const session = await Auth.currentSession();
    const idToken = session.getIdToken().getJwtToken();
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
