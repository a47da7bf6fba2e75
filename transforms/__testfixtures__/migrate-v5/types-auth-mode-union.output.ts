import type { GetServerSidePropsContext } from 'next';
import { getCurrentUser } from 'aws-amplify/auth/server';
import type { GraphQLQuery } from 'aws-amplify/api';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listPosts } from '@/graphql/queries';

type Mode = 'apiKey' | 'userPool';

export async function getServerSideProps({ req, res }: GetServerSidePropsContext) {
  let authMode: Mode = 'apiKey';
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
      reqResBasedClient.graphql<GraphQLQuery<any>>(contextSpec, {
        query: listPosts,
        authMode,
      }),
  });
  return { props: { posts: data.listPosts.items } };
}
