import type { NextApiRequest, NextApiResponse } from 'next';
import type { GraphQLQuery } from 'aws-amplify/api';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { getOrder } from '@/graphql/queries';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      reqResBasedClient.graphql<GraphQLQuery<any>>(
        contextSpec,
        { query: getOrder, variables: { id: String(req.query.id) } },
        { 'x-request-id': String(req.headers['x-request-id']) },
      ),
  });
  res.json(data.getOrder);
}
