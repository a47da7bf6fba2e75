import type { GetServerSideProps } from 'next';
import Link from 'next/link';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';
import { fetchPosts } from '../lib/api';
import { currentUsername } from '../lib/auth';
import type { Post } from '../API';

type Props = { posts: Post[]; username: string | null };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req, res }) => {
  const username = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => currentUsername(contextSpec),
  });
  const posts = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => fetchPosts(contextSpec),
  });
  return { props: { posts, username } };
};

export default function Home({ posts, username }: Props) {
  return (
    <ul title={username ?? undefined}>
      {posts.map((post) => (
        <li key={post.id}>
          <Link href={`/posts/${post.id}`}>{post.title}</Link>
        </li>
      ))}
    </ul>
  );
}
