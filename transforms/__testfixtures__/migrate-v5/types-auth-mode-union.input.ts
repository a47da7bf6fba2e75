import type { GetServerSidePropsContext } from 'next';
import { withSSRContext } from 'aws-amplify';
import { listPosts } from '@/graphql/queries';

type Mode = 'API_KEY' | 'AMAZON_COGNITO_USER_POOLS';

export async function getServerSideProps({ req }: GetServerSidePropsContext) {
  const SSR = withSSRContext({ req });
  let authMode: Mode = 'API_KEY';
  try {
    await SSR.Auth.currentAuthenticatedUser();
    authMode = 'AMAZON_COGNITO_USER_POOLS';
  } catch {
    // anonymous visitors read the public posts
  }
  const { data } = await SSR.API.graphql({ query: listPosts, authMode });
  return { props: { posts: data.listPosts.items } };
}
