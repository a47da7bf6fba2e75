import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listPosts } from '../src/graphql/queries';

export async function getStaticProps(context) {
  // NOTE(amplify-next): behaviour-change: v5 read no cookies here; v6 does. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: null,
    operation: (contextSpec) =>
      reqResBasedClient.graphql(contextSpec, { query: listPosts }),
  });
  return {
    props: { posts: data.listPosts.items },
    revalidate: 60,
  };
}

export default function Blog({ posts }) {
  return posts.map((post) => <article key={post.id}>{post.title}</article>);
}
