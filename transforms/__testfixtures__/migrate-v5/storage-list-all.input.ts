import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { Storage } = withSSRContext({ req });
  const listing = await Storage.list('reports/', { pageSize: 'ALL', level: 'public' });
  res.json(listing.results.map((item: { key: string }) => item.key));
}
