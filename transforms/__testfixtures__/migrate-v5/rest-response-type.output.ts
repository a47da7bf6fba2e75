import type { NextApiRequest, NextApiResponse } from 'next';
import { get } from 'aws-amplify/api/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const file = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => {
      const { body } = await get(contextSpec, {
        apiName: 'filesApi',
        path: `/files/${String(req.query.id)}`,
      }).response;
      return body.blob();
    },
  });
  res.setHeader('Content-Type', file.type);
  res.send(Buffer.from(await file.arrayBuffer()));
}
