import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  const category = req.query.category || 'Auth';
  // TODO(amplify-next): dynamic-category-access: dynamic access to the SSR instance. See https://docs.amplify.aws/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/
  const result = await SSR[category].currentAuthenticatedUser();
  res.json({ username: result.username });
}
