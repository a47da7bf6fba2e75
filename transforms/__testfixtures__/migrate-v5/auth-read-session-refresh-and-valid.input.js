import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const { Auth } = withSSRContext({ req });
  const session = await Auth.currentSession();
  if (!session.isValid()) {
    return res.status(401).end();
  }
  res.json({ refresh: session.getRefreshToken().getToken() });
}
