import { withSSRContext } from 'aws-amplify';
import { getOrder } from '../graphql/queries';

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  const { data } = await SSR.API.graphql(
    { query: getOrder, variables: { id: req.query.id } },
    { 'x-request-id': req.headers['x-request-id'] },
  );
  res.json(data.getOrder);
}
