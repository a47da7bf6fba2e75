import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  // TODO(amplify-next): auth-client-only: client-only Auth API in v6. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/#supported-apis-for-nextjs-server-side-usage
  await SSR.Auth.updateUserAttributes(user, { 'custom:plan': req.body.plan });
  // TODO(amplify-next): auth-client-only: client-only Auth API in v6. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/#supported-apis-for-nextjs-server-side-usage
  await SSR.Auth.changePassword(user, req.body.oldPassword, req.body.newPassword);
  res.status(200).json({ ok: true });
}
