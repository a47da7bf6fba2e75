import { deserializeModel, serializeModel } from '@aws-amplify/datastore/ssr';
import { Post } from '@/models';

export function toProps(post: Post) {
  return { post: serializeModel(post) };
}

export default function PostPage(props: { post: unknown }) {
  const post = deserializeModel(Post, props.post);
  return <article>{post.title}</article>;
}
