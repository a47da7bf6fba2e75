import type { NextApiRequest, NextApiResponse } from 'next';
import { get } from 'aws-amplify/api/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

interface Order {
  id: string;
  total: number;
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { orders, latest } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => {
      const { body: body2 } = await get(contextSpec, {
        apiName: 'ordersApi',
        path: '/orders',
        options: { queryParams: { status: 'open' } },
      }).response;
      const orders = (await body2.json()) as unknown as Order[];
      const { body } = await get(contextSpec, {
        apiName: 'ordersApi',
        path: `/orders/${orders[0].id}`,
      }).response;
      const latest: Order = (await body.json()) as unknown as Order;
      return { orders, latest };
    },
  });
  res.status(200).json({ count: orders.length, total: latest.total });
}
