import { withSSRContext } from 'aws-amplify';
import { serializeModel } from '@aws-amplify/datastore/ssr';
import { Post } from '../src/models';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const posts = await SSR.DataStore.query(Post);
  return { props: { posts: serializeModel(posts) } };
}

export default function Home({ posts }) {
  return posts.map((p) => <h2 key={p.id}>{p.title}</h2>);
}
