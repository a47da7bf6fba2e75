import type { NextApiRequest, NextApiResponse } from 'next';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';
import { fetchPosts } from '@/lib/api';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  try {
    const posts = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) =>
        fetchPosts(contextSpec, Number(req.query.limit ?? 20)),
    });
    res.status(200).json(posts);
  } catch (error) {
    res.status(500).json({ error: 'Could not list posts' });
  }
}
