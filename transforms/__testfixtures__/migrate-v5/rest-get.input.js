import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const items = await SSR.API.get('itemsApi', '/items');
  return { props: { items } };
}

export default function Items({ items }) {
  return <p>{items.length}</p>;
}
