import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';

// Shared by the pages' getServerSideProps: graphqlQuery(context.req, listPosts, { limit: 20 })
export async function graphqlQuery<T>(req: NextApiRequest, query: string, variables?: Record<string, unknown>) {
  const SSR = withSSRContext({ req });
  const { data } = await SSR.API.graphql({ query, variables });
  return data as T;
}

export async function currentUsername(req: NextApiRequest, httpRes: NextApiResponse) {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser();
  return user.username as string;
}
