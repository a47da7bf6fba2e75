import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const { Storage } = withSSRContext({ req });
  await Storage.remove(`avatars/${req.query.id}.png`, { level: 'protected' });
  res.status(204).end();
}
