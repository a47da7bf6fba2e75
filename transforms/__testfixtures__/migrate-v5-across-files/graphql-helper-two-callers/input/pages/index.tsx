import type { GetServerSideProps } from 'next';
import Link from 'next/link';
import { withSSRContext } from 'aws-amplify';
import { fetchPosts } from '../lib/api';
import type { Post } from '../API';

type Props = { posts: Post[] };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req }) => {
  const SSR = withSSRContext({ req });
  const posts = await fetchPosts(SSR.API);
  return { props: { posts } };
};

export default function Home({ posts }: Props) {
  return (
    <ul>
      {posts.map((post) => (
        <li key={post.id}>
          <Link href={`/posts/${post.id}`}>{post.title}</Link>
        </li>
      ))}
    </ul>
  );
}
