import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const { Auth } = withSSRContext({ req });
  const { username, attributes } = await Auth.currentAuthenticatedUser();
  res.status(200).json({ username, attributes });
}
