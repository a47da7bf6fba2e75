import type { NextApiRequest, NextApiResponse } from 'next';
import type { GraphQLQuery } from 'aws-amplify/api';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listTickets } from '@/graphql/queries';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      reqResBasedClient.graphql<GraphQLQuery<any>>(contextSpec, {
        query: listTickets,
        authMode: 'lambda',
        authToken: `custom-${process.env.TICKETS_SECRET}`,
      }),
  });
  res.json(data.listTickets.items);
}
