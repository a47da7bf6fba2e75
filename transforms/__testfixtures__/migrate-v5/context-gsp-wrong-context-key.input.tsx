import type { GetStaticProps } from 'next';
import { withSSRContext } from 'aws-amplify';
import { listPosts } from '@/graphql/queries';

export const getStaticProps: GetStaticProps = async (context) => {
  const SSR = withSSRContext({ context });
  const { data } = await SSR.API.graphql({ query: listPosts });
  return {
    props: { posts: data.listPosts.items },
    revalidate: 60,
  };
};

export default function Blog({ posts }: { posts: { id: string; title: string }[] }) {
  return posts.map((post) => <article key={post.id}>{post.title}</article>);
}
