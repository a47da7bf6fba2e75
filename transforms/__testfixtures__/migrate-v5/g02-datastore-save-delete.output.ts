import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';
import { Todo } from '@/models';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { DataStore } = withSSRContext({ req });
  // TODO(amplify-next): datastore-server: DataStore.start: DataStore has no server API in v6; query the GraphQL API with reqResBasedClient instead (mind _version/_deleted and data.listX.items). See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/#migrating-from-datastore-to-api-in-a-server-context
  await DataStore.start();
  // TODO(amplify-next): datastore-server: DataStore.query: DataStore has no server API in v6; query the GraphQL API with reqResBasedClient instead (mind _version/_deleted and data.listX.items). See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/#migrating-from-datastore-to-api-in-a-server-context
  const todos = await DataStore.query(Todo, (t: any) => t.done.eq(false));
  // TODO(amplify-next): datastore-server: DataStore.clear: DataStore has no server API in v6; query the GraphQL API with reqResBasedClient instead (mind _version/_deleted and data.listX.items). See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/#migrating-from-datastore-to-api-in-a-server-context
  await DataStore.clear();
  res.json(todos);
}
