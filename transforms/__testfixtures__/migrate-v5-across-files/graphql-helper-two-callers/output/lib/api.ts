import type { AmplifyServer } from 'aws-amplify/adapter-core';
import type { GraphQLQuery } from 'aws-amplify/api';
import { reqResBasedClient } from '@/utils/amplifyServerUtils';
import { getPost, listPosts } from '../graphql/queries';
import { GetPostQuery, GetPostQueryVariables, ListPostsQuery, Post } from '../API';

// Server helpers: pass the API of withSSRContext({ req }) so the calls run as the signed-in user.

export async function fetchPosts(contextSpec: AmplifyServer.ContextSpec, limit = 20): Promise<Post[]> {
  const { data } = await reqResBasedClient.graphql<GraphQLQuery<ListPostsQuery>>(
    contextSpec,
    {
      query: listPosts,
      variables: { limit },
      authMode: 'userPool',
    },
  );
  return (data?.listPosts?.items ?? []).filter((post): post is Post => post !== null);
}

export const fetchPost = async (contextSpec: AmplifyServer.ContextSpec, id: string): Promise<Post | null> => {
  const variables: GetPostQueryVariables = { id };
  const result = await reqResBasedClient.graphql<GraphQLQuery<GetPostQuery>>(
    contextSpec,
    { query: getPost, variables },
  );
  return result.data?.getPost ?? null;
};
