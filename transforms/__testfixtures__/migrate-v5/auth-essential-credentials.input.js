import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const { Auth } = withSSRContext({ req });
  const creds = await Auth.essentialCredentials(await Auth.currentCredentials());
  res.json({ accessKeyId: creds.accessKeyId });
}
