import { withSSRContext } from 'aws-amplify';
import { Todo } from '../../src/models';

export default async function handler(req, res) {
  const { DataStore, Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser();
  if (req.method === 'POST') {
    // TODO(amplify-next): datastore-server: DataStore.save: DataStore has no server API in v6; query the GraphQL API with reqResBasedClient instead (mind _version/_deleted and data.listX.items). See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/#migrating-from-datastore-to-api-in-a-server-context
    const todo = await DataStore.save(new Todo({ name: req.body.name, owner: user.username }));
    return res.status(201).json(todo);
  }
  // TODO(amplify-next): datastore-server: DataStore.query: DataStore has no server API in v6; query the GraphQL API with reqResBasedClient instead (mind _version/_deleted and data.listX.items). See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/#migrating-from-datastore-to-api-in-a-server-context
  const existing = await DataStore.query(Todo, req.query.id);
  // TODO(amplify-next): datastore-server: DataStore.delete: DataStore has no server API in v6; query the GraphQL API with reqResBasedClient instead (mind _version/_deleted and data.listX.items). See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/#migrating-from-datastore-to-api-in-a-server-context
  await DataStore.delete(existing);
  res.status(204).end();
}
