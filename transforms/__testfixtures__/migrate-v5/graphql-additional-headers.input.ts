import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';
import { getOrder } from '@/graphql/queries';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  const { data } = await SSR.API.graphql(
    { query: getOrder, variables: { id: String(req.query.id) } },
    { 'x-request-id': String(req.headers['x-request-id']) },
  );
  res.json(data.getOrder);
}
