import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  // TODO(amplify-next): ssr-context-escapes: the SSR instance leaves this function. See https://docs.amplify.aws/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/
  const posts = await import('../lib/posts').then((mod) => mod.listPublishedPosts(SSR.API));
  return { props: { posts } };
}

export default function Feed({ posts }) {
  return <pre>{JSON.stringify(posts, null, 2)}</pre>;
}
