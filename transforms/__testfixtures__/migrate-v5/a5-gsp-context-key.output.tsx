import type { GetStaticProps } from 'next';
import type { GraphQLQuery } from 'aws-amplify/api';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listPosts } from '@/graphql/queries';

export const getStaticProps: GetStaticProps = async (context) => {
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
