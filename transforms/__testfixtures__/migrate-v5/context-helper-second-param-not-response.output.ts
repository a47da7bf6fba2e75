import type { NextApiRequest, NextApiResponse } from 'next';
import { withSSRContext } from 'aws-amplify';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

// Shared by the pages' getServerSideProps: graphqlQuery(context.req, listPosts, { limit: 20 })
export async function graphqlQuery<T>(req: NextApiRequest, query: string, variables?: Record<string, unknown>) {
  // TODO(amplify-next): missing-response: v6 needs the response too. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
  const SSR = withSSRContext({ req });
  const { data } = await SSR.API.graphql({ query, variables });
  return data as T;
}

export async function currentUsername(req: NextApiRequest, httpRes: NextApiResponse) {
  const user = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: httpRes },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  });
  return user.username as string;
}
