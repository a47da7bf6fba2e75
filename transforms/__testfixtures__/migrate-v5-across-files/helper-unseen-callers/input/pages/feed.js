import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const posts = await import('../lib/posts').then((mod) => mod.listPublishedPosts(SSR.API));
  return { props: { posts } };
}

export default function Feed({ posts }) {
  return <pre>{JSON.stringify(posts, null, 2)}</pre>;
}
