import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';
import { listPosts } from '@/graphql/queries';

type Post = { id: string; title: string };

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const SSR = withSSRContext({ req });
  const response = await SSR.API.graphql({
    query: listPosts,
    variables: { limit: 20 },
    authMode: 'AMAZON_COGNITO_USER_POOLS',
  });
  const posts: Post[] = response.data.listPosts.items;
  return { props: { posts } };
};

export default function Posts({ posts }: { posts: Post[] }) {
  return posts.map((p) => <p key={p.id}>{p.title}</p>);
}
