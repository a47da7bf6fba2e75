import { withSSRContext } from 'aws-amplify';
import { listPublishedPosts } from '../lib/posts';
import LatestPosts from '../components/LatestPosts';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  // TODO(amplify-next): ssr-context-escapes: the SSR instance leaves this function. See https://docs.amplify.aws/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/
  const posts = await listPublishedPosts(SSR.API);
  return { props: { posts } };
}

export default function Home({ posts }) {
  return <LatestPosts initial={posts} />;
}
