import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser();
  // TODO(amplify-next): cognito-user-shape: the v5 user/session shape is gone in v6. See https://docs.amplify.aws/gen1/javascript/build-a-backend/auth/auth-migration-guide/
  user.getSession((err, session) => {
    if (err) return res.status(401).end();
    // TODO(amplify-next): cognito-user-shape: the v5 user/session shape is gone in v6. See https://docs.amplify.aws/gen1/javascript/build-a-backend/auth/auth-migration-guide/
    res.json({ valid: session.isValid(), pool: user.pool.getUserPoolId() });
  });
}
