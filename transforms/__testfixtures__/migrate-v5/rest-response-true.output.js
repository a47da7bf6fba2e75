import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  // TODO(amplify-next): result-shape: the v6 result has another shape. See https://docs.amplify.aws/gen1/javascript/build-a-backend/troubleshooting/migrate-from-javascript-v5-to-v6/
  const response = await SSR.API.get('reportsApi', '/reports/latest', { response: true });
  res.status(response.status).json(response.data);
}
