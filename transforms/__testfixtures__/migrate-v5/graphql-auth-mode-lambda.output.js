import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listTickets } from '../graphql/queries';

export default async function handler(req, res) {
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      reqResBasedClient.graphql(contextSpec, {
        query: listTickets,
        authMode: 'lambda',
        authToken: `custom-${process.env.TICKETS_SECRET}`,
      }),
  });
  res.json(data.listTickets.items);
}
