import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const SSR = withSSRContext({ req });
  const items = await SSR.API.get('itemsApi', '/items', {});
  return { props: { items } };
};

export default function Items({ items }: { items: unknown[] }) {
  return <p>{items.length}</p>;
}
