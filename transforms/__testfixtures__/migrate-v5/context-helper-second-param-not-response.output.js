import { withSSRContext } from 'aws-amplify';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

// Shared by the pages' getServerSideProps: graphqlQuery(context.req, listPosts, { limit: 20 })
export async function graphqlQuery(req, query, variables) {
  // TODO(amplify-next): missing-response: v6 needs the response too. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
  const SSR = withSSRContext({ req });
  const { data } = await SSR.API.graphql({ query, variables });
  return data;
}

export async function requireUser(req, out) {
  try {
    // NOTE(amplify-next): cognito-user-shape: the v5 user/session shape is gone in v6. See https://docs.amplify.aws/gen1/javascript/build-a-backend/auth/auth-migration-guide/
    return await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: out },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
  } catch {
    out.status(401).json({ error: 'Not signed in' });
    return null;
  }
}
