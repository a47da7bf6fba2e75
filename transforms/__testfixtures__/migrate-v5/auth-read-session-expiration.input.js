import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  const session = await SSR.Auth.currentSession();
  res.json({
    idExpires: session.getIdToken().getExpiration(),
    accessIssuedAt: session.getAccessToken().getIssuedAt(),
  });
}
