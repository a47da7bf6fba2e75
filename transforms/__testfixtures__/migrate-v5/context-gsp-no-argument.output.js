import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listProducts } from '../graphql/queries';

export async function getStaticProps() {
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: null,
    operation: (contextSpec) =>
      reqResBasedClient.graphql(contextSpec, {
        query: listProducts,
        authMode: 'apiKey',
      }),
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
