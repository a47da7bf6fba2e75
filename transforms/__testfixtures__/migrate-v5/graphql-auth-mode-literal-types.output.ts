import type { NextApiRequest, NextApiResponse } from 'next';
import type { GraphQLQuery } from 'aws-amplify/api';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listProjects } from '@/graphql/queries';

type AuthMode = 'iam' | 'userPool';

const publicOptions: { authMode: AuthMode } = { authMode: 'iam' };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const mode: AuthMode = req.query.public ? publicOptions.authMode : 'userPool';
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      reqResBasedClient.graphql<GraphQLQuery<any>>(contextSpec, {
        query: listProjects,
        authMode: mode,
      }),
  });
  res.json(data.listProjects.items);
}
