import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  const result = await SSR.Storage.put(`notes/${Date.now()}.txt`, req.body.text, {
    level: 'private',
    contentType: 'text/plain',
  });
  res.status(201).json({ key: result.key });
}
