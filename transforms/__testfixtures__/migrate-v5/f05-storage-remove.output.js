import { remove } from 'aws-amplify/storage/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function handler(req, res) {
  await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      remove(contextSpec, {
        key: `avatars/${req.query.id}.png`,
        options: { accessLevel: 'protected' },
      }),
  });
  res.status(204).end();
}
