import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listProjects } from '../../graphql/queries';

const publicOptions = { authMode: 'iam' };

export default async function handler(req, res) {
  const options = req.query.public ? publicOptions : { authMode: 'userPool' };
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      reqResBasedClient.graphql(contextSpec, {
        query: listProjects,
        ...options,
      }),
  });
  res.json(data.listProjects.items);
}
