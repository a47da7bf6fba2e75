import { post } from 'aws-amplify/api/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function handler(req, res) {
  const created = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => {
      const { body } = await post(contextSpec, {
        apiName: 'ordersApi',
        path: '/orders',
        options: {
          body: { sku: req.body.sku, quantity: 1 },
          headers: { 'x-tenant': 'acme' },
        },
      }).response;
      return body.json();
    },
  });
  res.status(201).json(created);
}
