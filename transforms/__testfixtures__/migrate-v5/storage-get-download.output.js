import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  // TODO(amplify-next): storage-download-server: no server download in v6. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/#supported-apis-for-nextjs-server-side-usage
  const file = await SSR.Storage.get(`exports/${req.query.name}`, { download: true });
  res.setHeader('Content-Type', file.ContentType);
  res.send(file.Body);
}
