import { uploadData } from 'aws-amplify/storage/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function handler(req, res) {
  // NOTE(amplify-next): deprecated-key-api: key/accessLevel inputs are deprecated. See https://docs.amplify.aws/gen1/javascript/build-a-backend/storage/storage-v5-to-v6-migration-guide/
  const result = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      uploadData(contextSpec, {
        key: `uploads/${req.query.name}`,
        data: req.body,
        options: {
          accessLevel: 'protected',
          contentType: req.headers['content-type'],
          metadata: { source: 'api' },
          onProgress(progress) {
            console.log(`Uploaded ${progress.transferredBytes}/${progress.totalBytes}`);
          },
        },
      }).result,
  });
  res.status(201).json({ key: result.key });
}
