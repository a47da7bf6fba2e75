import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  const session = await SSR.Auth.currentSession();
  const accessToken = session.getAccessToken().getJwtToken();
  const expiresAt = session.getIdToken().getExpiration();
  res.json({ accessToken, expiresAt, email: session.getIdToken().payload.email });
}
