import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';
import { fetchPost } from '@/lib/api';
import type { Post } from '@/API';

type Props = { post: Post };

export const getServerSideProps: GetServerSideProps<Props, { id: string }> = async ({ req, params }) => {
  const { API } = withSSRContext({ req });
  const post = await fetchPost(API, params!.id);
  if (!post) return { notFound: true };
  return { props: { post } };
};

export default function PostPage({ post }: Props) {
  return (
    <article>
      <h1>{post.title}</h1>
      <p>{post.content}</p>
    </article>
  );
}
