import { withSSRContext } from 'aws-amplify';
import { listProducts } from '../graphql/queries';

export async function getStaticProps() {
  const SSR = withSSRContext();
  const { data } = await SSR.API.graphql({
    query: listProducts,
    authMode: 'API_KEY',
  });
  return { props: { products: data.listProducts.items }, revalidate: 300 };
}

export default function Shop({ products }) {
  return (
    <ul>
      {products.map((p) => (
        <li key={p.id}>{p.name}</li>
      ))}
    </ul>
  );
}
