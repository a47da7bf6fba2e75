import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  // TODO(amplify-next): storage-put-server: no server upload in this version. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/#supported-apis-for-nextjs-server-side-usage
  const result = await SSR.Storage.put(`notes/${Date.now()}.txt`, req.body.text, {
    level: 'private',
    contentType: 'text/plain',
  });
  res.status(201).json({ key: result.key });
}
