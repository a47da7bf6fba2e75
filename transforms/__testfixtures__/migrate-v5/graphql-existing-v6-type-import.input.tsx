import type { GetServerSideProps } from 'next';
import type { GraphQLSubscription } from 'aws-amplify/api';
import { withSSRContext } from 'aws-amplify';
import { listTodos } from '@/graphql/queries';

export type Sub = GraphQLSubscription<{ onCreateTodo: { id: string } }>;

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const SSR = withSSRContext({ req });
  const { data } = await SSR.API.graphql({ query: listTodos });
  return { props: { todos: data.listTodos.items } };
};
