import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  const response = await SSR.API.get('reportsApi', '/reports/latest', { response: true });
  res.status(response.status).json(response.data);
}
