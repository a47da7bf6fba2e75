import { withSSRContext } from 'aws-amplify';
import { onCreateMessage } from '../graphql/subscriptions';

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  const subscription = SSR.API.graphql({ query: onCreateMessage }).subscribe({
    next: ({ value }) => console.log(value),
  });
  setTimeout(() => subscription.unsubscribe(), 10000);
  res.status(202).end();
}
