import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { getOrder } from '../graphql/queries';

export default async function handler(req, res) {
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      reqResBasedClient.graphql(
        contextSpec,
        { query: getOrder, variables: { id: req.query.id } },
        { 'x-request-id': req.headers['x-request-id'] },
      ),
  });
  res.json(data.getOrder);
}
