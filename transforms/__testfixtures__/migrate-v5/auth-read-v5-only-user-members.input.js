import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser();
  user.getSession((err, session) => {
    if (err) return res.status(401).end();
    res.json({ valid: session.isValid(), pool: user.pool.getUserPoolId() });
  });
}
