import type { GetServerSideProps } from 'next';
import Link from 'next/link';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';
import { fetchPosts } from '../lib/api';
import type { Post } from '../API';

type Props = { posts: Post[] };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req, res }) => {
  const posts = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => fetchPosts(contextSpec),
  });
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
