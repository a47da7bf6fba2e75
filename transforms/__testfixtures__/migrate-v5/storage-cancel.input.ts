import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  try {
    await SSR.Storage.get('missing.txt', { download: true });
    res.status(200).end();
  } catch (error) {
    res.status(SSR.Storage.isCancelError(error) ? 408 : 500).end();
  }
}
