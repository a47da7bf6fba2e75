import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  const list = await SSR.Storage.list('docs/');
  const get = (key) => list.results.find((item) => item.key === key);
  res.json({ readme: get('docs/README.md') ?? null, total: list.results.length });
}
