import {
  fetchAuthSession,
  fetchUserAttributes,
  getCurrentUser,
} from 'aws-amplify/auth/server';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listPosts } from '../graphql/queries';

export async function getServerSideProps({ req, res }) {
  const [user, { data }] = await Promise.all([
    runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    }),
    runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) =>
        reqResBasedClient.graphql(contextSpec, { query: listPosts }),
    }),
  ]);
  // NOTE(amplify-next): cognito-user-shape: the v5 user/session shape is gone in v6. See https://docs.amplify.aws/gen1/javascript/build-a-backend/auth/auth-migration-guide/
  const inline = await Promise.all([
    runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) => fetchAuthSession(contextSpec),
    }),
    runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: async (contextSpec) => {
        try {
          const { username } = await getCurrentUser(contextSpec);
          const attributes = await fetchUserAttributes(contextSpec);
          const { identityId } = await fetchAuthSession(contextSpec);
          return { id: identityId, username, attributes };
        } catch {
          return null;
        }
      },
    }),
  ]);
  return { props: { username: user.username, posts: data.listPosts.items, n: inline.length } };
}
