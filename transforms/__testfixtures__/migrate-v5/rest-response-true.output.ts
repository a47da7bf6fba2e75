import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  // TODO(amplify-next): result-shape: the v6 result has another shape. See https://docs.amplify.aws/gen1/javascript/build-a-backend/troubleshooting/migrate-from-javascript-v5-to-v6/
  const init = { response: true, headers: { Accept: 'text/csv' } };
  const response = await SSR.API.get('reportsApi', '/reports/latest', init);
  res.status(response.status).send(response.data);
}
