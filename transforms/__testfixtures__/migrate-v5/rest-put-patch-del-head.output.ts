import type { NextApiRequest, NextApiResponse } from 'next';
import { del, head, patch, put } from 'aws-amplify/api/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const id = String(req.query.id);
  if (req.method === 'PUT') {
    res.json(await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: async (contextSpec) => {
        const { body } = await put(contextSpec, {
          apiName: 'notesApi',
          path: `/notes/${id}`,
          options: { body: req.body },
        }).response;
        return body.json();
      },
    }));
  } else if (req.method === 'PATCH') {
    res.json(await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: async (contextSpec) => {
        const { body } = await patch(contextSpec, {
          apiName: 'notesApi',
          path: `/notes/${id}`,
          options: { body: req.body },
        }).response;
        return body.json();
      },
    }));
  } else if (req.method === 'DELETE') {
    await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) =>
        del(contextSpec, { apiName: 'notesApi', path: `/notes/${id}` }).response,
    });
    res.status(204).end();
  } else {
    await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) =>
        head(contextSpec, { apiName: 'notesApi', path: `/notes/${id}` }).response,
    });
    res.status(200).end();
  }
}
