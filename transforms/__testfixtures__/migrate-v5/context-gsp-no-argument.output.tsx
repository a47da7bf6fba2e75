import type { GetStaticPaths, GetStaticProps } from 'next';
import type { GraphQLQuery } from 'aws-amplify/api';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { getProduct, listProducts } from '@/graphql/queries';

export const getStaticPaths: GetStaticPaths = async () => {
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: null,
    operation: (contextSpec) =>
      reqResBasedClient.graphql<GraphQLQuery<any>>(contextSpec, {
        query: listProducts,
        authMode: 'apiKey',
      }),
  });
  return {
    paths: data.listProducts.items.map((p: { id: string }) => ({ params: { id: p.id } })),
    fallback: 'blocking',
  };
};

export const getStaticProps: GetStaticProps = async ({ params }) => {
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: null,
    operation: (contextSpec) =>
      reqResBasedClient.graphql<GraphQLQuery<any>>(contextSpec, {
        query: getProduct,
        variables: { id: params?.id },
        authMode: 'apiKey',
      }),
  });
  return { props: { product: data.getProduct }, revalidate: 300 };
};

export default function Product({ product }: { product: { name: string } }) {
  return <h1>{product.name}</h1>;
}
