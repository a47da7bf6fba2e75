import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';
import { listPosts } from '@/graphql/queries';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const SSR = withSSRContext({ req });
  const [user, result] = await Promise.all([SSR.Auth.currentAuthenticatedUser(), SSR.API.graphql({ query: listPosts })]);
  return { props: { username: user.username, posts: result.data.listPosts.items } };
};
