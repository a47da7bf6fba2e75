import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';
import type { GraphQLResult } from '@aws-amplify/api';
import { listTodos } from '../../graphql/queries';
import type { ListTodosQuery } from '../../API';

type Todo = NonNullable<NonNullable<ListTodosQuery['listTodos']>['items'][number]>;
type Data = { todos: Todo[] } | { error: string };

export default async function handler(req: NextApiRequest, res: NextApiResponse<Data>) {
  const SSR = withSSRContext({ req });
  try {
    const result = (await SSR.API.graphql({
      query: listTodos,
      authMode: 'AMAZON_COGNITO_USER_POOLS',
    })) as GraphQLResult<ListTodosQuery>;
    const todos = (result.data?.listTodos?.items ?? []).filter((todo): todo is Todo => todo !== null);
    res.status(200).json({ todos });
  } catch (err) {
    // API.graphql rejects with the GraphQL result when AppSync answers with errors.
    const errors = ((err as GraphQLResult).errors ?? []) as { errorType?: string }[];
    const unauthorized = errors.some((e) => e.errorType === 'Unauthorized');
    console.error('listTodos failed:', err);
    res.status(unauthorized ? 401 : 500).json({ error: unauthorized ? 'Not authorized' : 'Could not load the todos' });
  }
}
