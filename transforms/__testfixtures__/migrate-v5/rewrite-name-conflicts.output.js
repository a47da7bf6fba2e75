import { list as listServer } from 'aws-amplify/storage/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function handler(req, res) {
  // NOTE(amplify-next): deprecated-key-api: key/accessLevel inputs are deprecated. See https://docs.amplify.aws/gen1/javascript/build-a-backend/storage/storage-v5-to-v6-migration-guide/
  const list = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => listServer(contextSpec, { prefix: 'docs/' }),
  });
  const get = (key) => list.items.find((item) => item.key === key);
  res.json({ readme: get('docs/README.md') ?? null, total: list.items.length });
}
