import type { GetStaticPaths, GetStaticProps } from 'next';
import { withSSRContext } from 'aws-amplify';
import { getProduct, listProducts } from '@/graphql/queries';

export const getStaticPaths: GetStaticPaths = async () => {
  const SSR = withSSRContext();
  const { data } = await SSR.API.graphql({ query: listProducts, authMode: 'API_KEY' });
  return {
    paths: data.listProducts.items.map((p: { id: string }) => ({ params: { id: p.id } })),
    fallback: 'blocking',
  };
};

export const getStaticProps: GetStaticProps = async ({ params }) => {
  const SSR = withSSRContext();
  const { data } = await SSR.API.graphql({
    query: getProduct,
    variables: { id: params?.id },
    authMode: 'API_KEY',
  });
  return { props: { product: data.getProduct }, revalidate: 300 };
};

export default function Product({ product }: { product: { name: string } }) {
  return <h1>{product.name}</h1>;
}
