import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';
import { fetchPosts } from '@/lib/api';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  try {
    const posts = await fetchPosts(SSR.API, Number(req.query.limit ?? 20));
    res.status(200).json(posts);
  } catch (error) {
    res.status(500).json({ error: 'Could not list posts' });
  }
}
