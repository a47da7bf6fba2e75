import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { Storage } = withSSRContext({ req });
  const result = await Storage.remove(`avatars/${String(req.query.id)}.png`, { level: 'protected' });
  // TODO(amplify-next): result-shape: the v6 result has another shape. See https://docs.amplify.aws/gen1/javascript/build-a-backend/storage/storage-v5-to-v6-migration-guide/
  res.json({ deleted: result.DeleteMarker ?? false });
}
