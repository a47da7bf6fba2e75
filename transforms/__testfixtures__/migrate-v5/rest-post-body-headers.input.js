import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const { API } = withSSRContext({ req });
  const created = await API.post('ordersApi', '/orders', {
    body: { sku: req.body.sku, quantity: 1 },
    headers: { 'x-tenant': 'acme' },
  });
  res.status(201).json(created);
}
