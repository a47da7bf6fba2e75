import { withSSRContext } from 'aws-amplify';
import { S3Client, ListObjectsV2Command } from '@aws-sdk/client-s3';

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  const credentials = await SSR.Auth.currentCredentials();
  const s3 = new S3Client({ region: 'us-east-1', credentials });
  const out = await s3.send(new ListObjectsV2Command({ Bucket: process.env.BUCKET }));
  res.json({ keys: (out.Contents ?? []).map((o) => o.Key) });
}
