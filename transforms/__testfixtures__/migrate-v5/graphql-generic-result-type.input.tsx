import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';
import { GraphQLQuery, GraphQLResult } from '@aws-amplify/api';
import { listTodos } from '@/graphql/queries';

type ListTodosQuery = { listTodos: { items: { id: string; name: string }[] } };

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const SSR = withSSRContext({ req });
  const typed = await SSR.API.graphql<GraphQLQuery<ListTodosQuery>>({ query: listTodos });
  const cast = (await SSR.API.graphql({ query: listTodos })) as GraphQLResult<ListTodosQuery>;
  return {
    props: {
      todos: typed.data?.listTodos.items ?? [],
      count: cast.data?.listTodos.items.length ?? 0,
    },
  };
};
