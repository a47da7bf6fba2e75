import { API } from 'aws-amplify';
import { GraphQLQuery } from '@aws-amplify/api';
import { getPost, listPosts } from '../graphql/queries';
import { GetPostQuery, GetPostQueryVariables, ListPostsQuery, Post } from '../API';

// Server helpers: pass the API of withSSRContext({ req }) so the calls run as the signed-in user.

export async function fetchPosts(api: typeof API, limit = 20): Promise<Post[]> {
  const { data } = await api.graphql<GraphQLQuery<ListPostsQuery>>({
    query: listPosts,
    variables: { limit },
    authMode: 'AMAZON_COGNITO_USER_POOLS',
  });
  return (data?.listPosts?.items ?? []).filter((post): post is Post => post !== null);
}

export const fetchPost = async (api: typeof API, id: string): Promise<Post | null> => {
  const variables: GetPostQueryVariables = { id };
  const result = await api.graphql<GraphQLQuery<GetPostQuery>>({ query: getPost, variables });
  return result.data?.getPost ?? null;
};
