import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';
import { S3Client, ListObjectsV2Command } from '@aws-sdk/client-s3';

export default async function handler(req, res) {
  // NOTE(amplify-next): credentials-undefined: credentials may be undefined. See https://docs.amplify.aws/gen1/javascript/build-a-backend/auth/auth-migration-guide/
  const credentials = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) =>
      (await fetchAuthSession(contextSpec)).credentials,
  });
  const s3 = new S3Client({ region: 'us-east-1', credentials });
  const out = await s3.send(new ListObjectsV2Command({ Bucket: process.env.BUCKET }));
  res.json({ keys: (out.Contents ?? []).map((o) => o.Key) });
}
