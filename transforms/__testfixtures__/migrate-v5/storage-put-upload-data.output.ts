import type { NextApiRequest, NextApiResponse } from 'next';
import { uploadData } from 'aws-amplify/storage/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // NOTE(amplify-next): deprecated-key-api: key/accessLevel inputs are deprecated. See https://docs.amplify.aws/gen1/javascript/build-a-backend/storage/storage-v5-to-v6-migration-guide/
  const result = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      uploadData(contextSpec, {
        key: `uploads/${String(req.query.name)}`,
        data: String(req.body),
        options: {
          accessLevel: 'protected',
          contentType: 'text/plain',
          onProgress: (progress: { transferredBytes: number; totalBytes?: number }) => {
            console.log(`Uploaded ${progress.transferredBytes}/${progress.totalBytes}`);
          },
        },
      }).result,
  });
  res.status(201).json({ key: result.key });
}
