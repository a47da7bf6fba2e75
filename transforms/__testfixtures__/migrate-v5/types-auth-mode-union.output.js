import { getCurrentUser } from 'aws-amplify/auth/server';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listPosts } from '@/graphql/queries';



export async function getServerSideProps({ req, res }) {
  let authMode = 'apiKey';
  try {
    await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
    authMode = 'userPool';
  } catch {
    // anonymous visitors read the public posts
  }
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      reqResBasedClient.graphql(contextSpec, { query: listPosts, authMode }),
  });
  return { props: { posts: data.listPosts.items } };
}
