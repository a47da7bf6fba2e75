import type {NextApiRequest, NextApiResponse} from 'next'
import {getCurrentUser} from 'aws-amplify/auth/server'
import type {GraphQLQuery} from 'aws-amplify/api'
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils'
import {listDevices} from '../../graphql/queries'

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  try {
    const data = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: async (contextSpec) => {
        const user = await getCurrentUser(contextSpec);
        const {data} = await reqResBasedClient.graphql<GraphQLQuery<any>>(
          contextSpec,
          { query: listDevices, variables: { owner: user.username } },
        );
        return data;
      },
    });
    res.status(200).json(data.listDevices.items);
  } catch (error) {
    res.status(401).json({error: 'Unauthorized'});
  }
}
