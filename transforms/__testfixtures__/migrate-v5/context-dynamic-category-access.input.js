import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  const category = req.query.category || 'Auth';
  const result = await SSR[category].currentAuthenticatedUser();
  res.json({ username: result.username });
}
