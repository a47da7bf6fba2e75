import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { API } = withSSRContext({ req });
  const created = await API.post('ordersApi', '/orders', {
    body: { sku: String(req.body.sku), quantity: 1 },
    headers: { 'x-tenant': 'acme' },
  });
  res.status(201).json(created);
}
