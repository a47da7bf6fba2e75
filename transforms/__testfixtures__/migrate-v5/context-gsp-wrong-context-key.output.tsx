import type { GetStaticProps } from 'next';
import type { GraphQLQuery } from 'aws-amplify/api';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listPosts } from '@/graphql/queries';

export const getStaticProps: GetStaticProps = async (context) => {
  // NOTE(amplify-next): behaviour-change: v5 read no cookies here; v6 does. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: null,
    operation: (contextSpec) =>
      reqResBasedClient.graphql<GraphQLQuery<any>>(contextSpec, {
        query: listPosts,
      }),
  });
  return {
    props: { posts: data.listPosts.items },
    revalidate: 60,
  };
};

export default function Blog({ posts }: { posts: { id: string; title: string }[] }) {
  return posts.map((post) => <article key={post.id}>{post.title}</article>);
}
