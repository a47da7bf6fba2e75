import type { NextApiRequest, NextApiResponse } from 'next';
import type { GraphQLQuery, GraphQLResult } from 'aws-amplify/api';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listTodos } from '@/graphql/queries';

type ListTodosQuery = { listTodos: { items: { id: string }[] } };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const result = (await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      reqResBasedClient.graphql<GraphQLQuery<any>>(contextSpec, {
        query: listTodos,
      }),
  })) as GraphQLResult<ListTodosQuery>;
  res.json(result.data?.listTodos.items ?? []);
}
