import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  const id = String(req.query.id);
  if (req.method === 'PUT') {
    res.json(await SSR.API.put('notesApi', `/notes/${id}`, { body: req.body }));
  } else if (req.method === 'PATCH') {
    res.json(await SSR.API.patch('notesApi', `/notes/${id}`, { body: req.body }));
  } else if (req.method === 'DELETE') {
    await SSR.API.del('notesApi', `/notes/${id}`);
    res.status(204).end();
  } else {
    await SSR.API.head('notesApi', `/notes/${id}`);
    res.status(200).end();
  }
}
