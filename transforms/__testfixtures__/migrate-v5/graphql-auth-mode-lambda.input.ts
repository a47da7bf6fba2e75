import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';
import { listTickets } from '@/graphql/queries';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  const { data } = await SSR.API.graphql({
    query: listTickets,
    authMode: 'AWS_LAMBDA',
    authToken: `custom-${process.env.TICKETS_SECRET}`,
  });
  res.json(data.listTickets.items);
}
