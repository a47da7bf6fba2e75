import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  const csv = await SSR.API.get('reportsApi', '/export', { responseType: 'text' });
  res.setHeader('Content-Type', 'text/csv');
  res.send(csv);
}
