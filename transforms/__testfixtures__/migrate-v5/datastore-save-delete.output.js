import { withSSRContext } from 'aws-amplify';
import { Todo } from '../../src/models';

export default async function handler(req, res) {
  const { DataStore, Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser();
  if (req.method === 'POST') {
    // TODO(amplify-next): datastore-server: DataStore has no v6 server API. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/#migrating-from-datastore-to-api-in-a-server-context
    const todo = await DataStore.save(new Todo({ name: req.body.name, owner: user.username }));
    return res.status(201).json(todo);
  }
  // TODO(amplify-next): datastore-server: DataStore has no v6 server API. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/#migrating-from-datastore-to-api-in-a-server-context
  const existing = await DataStore.query(Todo, req.query.id);
  // TODO(amplify-next): datastore-server: DataStore has no v6 server API. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/#migrating-from-datastore-to-api-in-a-server-context
  await DataStore.delete(existing);
  res.status(204).end();
}
