import type { GetServerSidePropsContext } from 'next';
import { withSSRContext } from 'aws-amplify';
import { listPosts } from '@/graphql/queries';

export async function getServerSideProps({ req }: GetServerSidePropsContext) {
  const SSR = withSSRContext({ req });
  const [user, posts] = await Promise.all([
    SSR.Auth.currentAuthenticatedUser().catch(() => null),
    SSR.API.graphql({ query: listPosts }),
  ]);
  if (!user) {
    return { redirect: { destination: '/login', permanent: false } };
  }
  const username: string = user.username;
  return { props: { username, posts: posts.data.listPosts.items } };
}
