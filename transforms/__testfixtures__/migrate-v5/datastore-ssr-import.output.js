// TODO(amplify-next): datastore-ssr-import: this module is gone in v6. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/#migrating-from-datastore-to-api-in-a-server-context
import { deserializeModel } from '@aws-amplify/datastore/ssr';
import { Post } from '../models';

export default function PostPage(props) {
  const post = deserializeModel(Post, props.post);
  return <article>{post.title}</article>;
}
