import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';
import { Todo } from '@/models';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { DataStore } = withSSRContext({ req });
  await DataStore.start();
  const todos = await DataStore.query(Todo, (t: any) => t.done.eq(false));
  await DataStore.clear();
  res.json(todos);
}
