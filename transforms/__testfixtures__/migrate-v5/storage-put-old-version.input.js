import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const { Storage } = withSSRContext({ req });
  await Storage.put('latest.json', JSON.stringify(req.body), { contentType: 'application/json' });
  res.status(204).end();
}
