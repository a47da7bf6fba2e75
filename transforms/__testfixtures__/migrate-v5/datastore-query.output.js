import { withSSRContext } from 'aws-amplify';
// TODO(amplify-next): datastore-ssr-import: this module is gone in v6. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/#migrating-from-datastore-to-api-in-a-server-context
import { serializeModel } from '@aws-amplify/datastore/ssr';
import { Post } from '../src/models';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  // TODO(amplify-next): datastore-server: DataStore has no v6 server API. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/#migrating-from-datastore-to-api-in-a-server-context
  const posts = await SSR.DataStore.query(Post);
  return { props: { posts: serializeModel(posts) } };
}

export default function Home({ posts }) {
  return posts.map((p) => <h2 key={p.id}>{p.title}</h2>);
}
