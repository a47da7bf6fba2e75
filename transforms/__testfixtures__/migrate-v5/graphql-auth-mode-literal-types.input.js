import { withSSRContext } from 'aws-amplify';
import { listProjects } from '../../graphql/queries';

const publicOptions = { authMode: 'AWS_IAM' };

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  const options = req.query.public ? publicOptions : { authMode: 'AMAZON_COGNITO_USER_POOLS' };
  const { data } = await SSR.API.graphql({ query: listProjects, ...options });
  res.json(data.listProjects.items);
}
