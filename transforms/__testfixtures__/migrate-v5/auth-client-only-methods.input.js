import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  await SSR.Auth.updateUserAttributes(user, { 'custom:plan': req.body.plan });
  await SSR.Auth.changePassword(user, req.body.oldPassword, req.body.newPassword);
  res.status(200).json({ ok: true });
}
