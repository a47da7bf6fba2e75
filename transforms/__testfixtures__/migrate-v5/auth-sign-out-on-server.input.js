import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const { Auth } = withSSRContext({ req });
  await Auth.signOut({ global: true });
  res.redirect(302, '/');
}
