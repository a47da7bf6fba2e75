import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  const result = await SSR.Storage.put(`uploads/${req.query.name}`, req.body, {
    level: 'protected',
    contentType: req.headers['content-type'],
    metadata: { source: 'api' },
    progressCallback(progress) {
      console.log(`Uploaded ${progress.loaded}/${progress.total}`);
    },
  });
  res.status(201).json({ key: result.key });
}
