import type { NextApiRequest, NextApiResponse } from 'next';
import { post } from 'aws-amplify/api/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const created = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => {
      const { body } = await post(contextSpec, {
        apiName: 'ordersApi',
        path: '/orders',
        options: {
          body: { sku: String(req.body.sku), quantity: 1 },
          headers: { 'x-tenant': 'acme' },
        },
      }).response;
      return body.json();
    },
  });
  res.status(201).json(created);
}
