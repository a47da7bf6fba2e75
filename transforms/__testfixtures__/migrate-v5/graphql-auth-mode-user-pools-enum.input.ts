import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';
import { GRAPHQL_AUTH_MODE } from '@aws-amplify/api';
import { myOrders } from '@/graphql/queries';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { API } = withSSRContext({ req });
  const { data } = await API.graphql({
    query: myOrders,
    authMode: GRAPHQL_AUTH_MODE.AMAZON_COGNITO_USER_POOLS,
  });
  res.json(data.myOrders);
}
