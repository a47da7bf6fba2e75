import { Amplify, withSSRContext } from 'aws-amplify';
import awsExports from '../../src/aws-exports';

Amplify.configure({ ...awsExports, ssr: true });

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  res.json({ username: user.username });
}
