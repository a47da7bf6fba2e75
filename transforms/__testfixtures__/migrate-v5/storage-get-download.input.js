import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  const file = await SSR.Storage.get(`exports/${req.query.name}`, { download: true });
  res.setHeader('Content-Type', file.ContentType);
  res.send(file.Body);
}
