import type { GetServerSideProps } from 'next';
import type { GraphQLQuery, GraphQLSubscription } from 'aws-amplify/api';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listTodos } from '@/graphql/queries';

export type Sub = GraphQLSubscription<{ onCreateTodo: { id: string } }>;

export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      reqResBasedClient.graphql<GraphQLQuery<any>>(contextSpec, {
        query: listTodos,
      }),
  });
  return { props: { todos: data.listTodos.items } };
};
