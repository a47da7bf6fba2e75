import { listPosts } from '../graphql/queries';

export async function listPublishedPosts(API) {
  const { data } = await API.graphql({
    query: listPosts,
    variables: { filter: { status: { eq: 'PUBLISHED' } } },
  });
  return data.listPosts.items;
}
