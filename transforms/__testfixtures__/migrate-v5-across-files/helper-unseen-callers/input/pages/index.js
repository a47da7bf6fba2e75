import { withSSRContext } from 'aws-amplify';
import { listPublishedPosts } from '../lib/posts';
import LatestPosts from '../components/LatestPosts';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const posts = await listPublishedPosts(SSR.API);
  return { props: { posts } };
}

export default function Home({ posts }) {
  return <LatestPosts initial={posts} />;
}
