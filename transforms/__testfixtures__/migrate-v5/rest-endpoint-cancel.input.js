import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  const endpoint = await SSR.API.endpoint('itemsApi');
  res.json({ endpoint });
}
