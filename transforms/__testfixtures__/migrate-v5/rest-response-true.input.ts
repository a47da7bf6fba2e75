import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  const init = { response: true, headers: { Accept: 'text/csv' } };
  const response = await SSR.API.get('reportsApi', '/reports/latest', init);
  res.status(response.status).send(response.data);
}
