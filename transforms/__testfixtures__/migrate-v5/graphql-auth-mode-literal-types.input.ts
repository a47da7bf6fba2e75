import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';
import { listProjects } from '@/graphql/queries';

type AuthMode = 'AWS_IAM' | 'AMAZON_COGNITO_USER_POOLS';

const publicOptions: { authMode: AuthMode } = { authMode: 'AWS_IAM' };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  const mode: AuthMode = req.query.public ? publicOptions.authMode : 'AMAZON_COGNITO_USER_POOLS';
  const { data } = await SSR.API.graphql({ query: listProjects, authMode: mode });
  res.json(data.listProjects.items);
}
