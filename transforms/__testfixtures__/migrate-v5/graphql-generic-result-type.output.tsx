import type { GetServerSideProps } from 'next';
import type { GraphQLQuery, GraphQLResult } from 'aws-amplify/api';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listTodos } from '@/graphql/queries';

type ListTodosQuery = { listTodos: { items: { id: string; name: string }[] } };

export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
  const typed = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      reqResBasedClient.graphql<GraphQLQuery<ListTodosQuery>>(contextSpec, {
        query: listTodos,
      }),
  });
  const cast = (await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      reqResBasedClient.graphql<GraphQLQuery<any>>(contextSpec, {
        query: listTodos,
      }),
  })) as GraphQLResult<ListTodosQuery>;
  return {
    props: {
      todos: typed.data?.listTodos.items ?? [],
      count: cast.data?.listTodos.items.length ?? 0,
    },
  };
};
