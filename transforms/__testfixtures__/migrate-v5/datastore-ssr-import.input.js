import { deserializeModel } from '@aws-amplify/datastore/ssr';
import { Post } from '../models';

export default function PostPage(props) {
  const post = deserializeModel(Post, props.post);
  return <article>{post.title}</article>;
}
