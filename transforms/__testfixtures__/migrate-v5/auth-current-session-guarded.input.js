import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const { Auth } = withSSRContext({ req });
  try {
    const session = await Auth.currentSession();
    const idToken = session.getIdToken().getJwtToken();
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
