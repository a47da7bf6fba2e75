import { list as listServer } from 'aws-amplify/storage/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function handler(req, res) {
  const list = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => listServer(contextSpec, { prefix: 'docs/' }),
  });
  const get = (key) => list.items.find((item) => item.key === key);
  res.json({ readme: get('docs/README.md') ?? null, total: list.items.length });
}
