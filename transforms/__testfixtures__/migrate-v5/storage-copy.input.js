import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  const copied = await SSR.Storage.copy(
    { key: `drafts/${req.body.name}`, level: 'protected', identityId: req.body.owner },
    { key: `published/${req.body.name}`, level: 'public' },
  );
  res.json({ key: copied.key });
}
