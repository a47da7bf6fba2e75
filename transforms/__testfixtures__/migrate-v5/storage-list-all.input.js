import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const { Storage } = withSSRContext({ req });
  const { results } = await Storage.list('', { pageSize: 'ALL' });
  res.json(results.map((item) => item.key));
}
