import type { GetServerSideProps } from 'next';
import { getCurrentUser } from 'aws-amplify/auth/server';
import type { GraphQLQuery } from 'aws-amplify/api';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listPosts } from '@/graphql/queries';

export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
  const [user, result] = await Promise.all([
    runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    }),
    runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) =>
        reqResBasedClient.graphql<GraphQLQuery<any>>(contextSpec, {
          query: listPosts,
        }),
    }),
  ]);
  return { props: { username: user.username, posts: result.data.listPosts.items } };
};
