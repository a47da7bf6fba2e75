import {getCurrentUser} from 'aws-amplify/auth/server'
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils'
import {listDevices} from '../../graphql/queries'

export default async function handler(req, res) {
  try {
    const data = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: async (contextSpec) => {
        const user = await getCurrentUser(contextSpec);
        const {data} = await reqResBasedClient.graphql(contextSpec, {
          query: listDevices,
          variables: { owner: user.username },
        });
        return data;
      },
    });
    res.status(200).json(data.listDevices.items);
  } catch (error) {
    res.status(401).json({error: 'Unauthorized'});
  }
}
