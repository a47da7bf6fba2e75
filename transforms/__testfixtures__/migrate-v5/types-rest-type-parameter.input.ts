import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

interface Order {
  id: string;
  total: number;
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { API } = withSSRContext({ req });
  const orders = await API.get<Order[]>('ordersApi', '/orders', {
    queryStringParameters: { status: 'open' },
  });
  const latest: Order = await API.get('ordersApi', `/orders/${orders[0].id}`, {});
  res.status(200).json({ count: orders.length, total: latest.total });
}
