import type { GetServerSideProps } from 'next';
import Link from 'next/link';
import { withSSRContext } from 'aws-amplify';
import { fetchPosts } from '../lib/api';
import { currentUsername } from '../lib/auth';
import type { Post } from '../API';

type Props = { posts: Post[]; username: string | null };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req }) => {
  const SSR = withSSRContext({ req });
  const username = await currentUsername(SSR.Auth);
  const posts = await fetchPosts(SSR.API);
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
