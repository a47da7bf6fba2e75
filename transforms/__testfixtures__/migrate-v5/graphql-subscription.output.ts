import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';
import { onCreateMessage } from '@/graphql/subscriptions';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const SSR = withSSRContext({ req });
  // TODO(amplify-next): graphql-subscription-server: no subscriptions on the server. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/graphqlapi/connect-from-server-runtime/
  const observable = SSR.API.graphql({ query: onCreateMessage });
  const subscription = observable.subscribe({ next: (event: unknown) => console.log(event) });
  setTimeout(() => subscription.unsubscribe(), 10000);
  res.status(202).end();
}
