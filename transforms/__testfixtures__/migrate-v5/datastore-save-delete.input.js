import { withSSRContext } from 'aws-amplify';
import { Todo } from '../../src/models';

export default async function handler(req, res) {
  const { DataStore, Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser();
  if (req.method === 'POST') {
    const todo = await DataStore.save(new Todo({ name: req.body.name, owner: user.username }));
    return res.status(201).json(todo);
  }
  const existing = await DataStore.query(Todo, req.query.id);
  await DataStore.delete(existing);
  res.status(204).end();
}
