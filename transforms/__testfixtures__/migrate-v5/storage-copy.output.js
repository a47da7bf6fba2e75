import { copy } from 'aws-amplify/storage/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function handler(req, res) {
  // NOTE(amplify-next): deprecated-key-api: key/accessLevel inputs are deprecated. See https://docs.amplify.aws/gen1/javascript/build-a-backend/storage/storage-v5-to-v6-migration-guide/
  const copied = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      copy(contextSpec, {
        source: {
          key: `drafts/${req.body.name}`,
          accessLevel: 'protected',
          targetIdentityId: req.body.owner,
        },
        destination: {
          key: `published/${req.body.name}`,
          accessLevel: 'guest',
        },
      }),
  });
  res.json({ key: copied.key });
}
