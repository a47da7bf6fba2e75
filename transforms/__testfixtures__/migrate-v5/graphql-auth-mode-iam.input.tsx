import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';
import { listPublicPosts } from '@/graphql/queries';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const SSR = withSSRContext({ req });
  const { data } = await SSR.API.graphql({ query: listPublicPosts, authMode: 'AWS_IAM' });
  return { props: { posts: data.listPublicPosts.items } };
};

export default function Public({ posts }: { posts: unknown[] }) {
  return <p>{posts.length}</p>;
}
