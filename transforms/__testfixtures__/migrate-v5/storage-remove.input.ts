import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { Storage } = withSSRContext({ req });
  const result = await Storage.remove(`avatars/${String(req.query.id)}.png`, { level: 'protected' });
  res.json({ deleted: result.DeleteMarker ?? false });
}
