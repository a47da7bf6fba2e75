import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  const ownerId = user.attributes['sub'];
  res.json({ ownerId, again: user.attributes.sub });
}
