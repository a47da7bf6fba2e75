import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';
import type { GraphQLResult } from '@aws-amplify/api-graphql';
import { listTodos } from '@/graphql/queries';

type ListTodosQuery = { listTodos: { items: { id: string }[] } };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  const result = (await SSR.API.graphql({ query: listTodos })) as GraphQLResult<ListTodosQuery>;
  res.json(result.data?.listTodos.items ?? []);
}
