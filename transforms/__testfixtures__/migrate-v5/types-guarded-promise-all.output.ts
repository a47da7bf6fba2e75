import type { GetServerSidePropsContext } from 'next';
import { getCurrentUser } from 'aws-amplify/auth/server';
import type { GraphQLQuery } from 'aws-amplify/api';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listPosts } from '@/graphql/queries';

export async function getServerSideProps({ req, res }: GetServerSidePropsContext) {
  const [user, posts] = await Promise.all([
    runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    }).catch(() => null),
    runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) =>
        reqResBasedClient.graphql<GraphQLQuery<any>>(contextSpec, {
          query: listPosts,
        }),
    }),
  ]);
  if (!user) {
    return { redirect: { destination: '/login', permanent: false } };
  }
  const username: string = user.username;
  return { props: { username, posts: posts.data.listPosts.items } };
}
