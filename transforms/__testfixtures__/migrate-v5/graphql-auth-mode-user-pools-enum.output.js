import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { myOrders } from '../graphql/queries';

export default async function handler(req, res) {
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      reqResBasedClient.graphql(contextSpec, {
        query: myOrders,
        authMode: 'userPool',
      }),
  });
  res.json(data.myOrders);
}
