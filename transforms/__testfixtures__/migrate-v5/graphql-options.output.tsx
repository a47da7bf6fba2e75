import type { GetServerSideProps } from 'next';
import type { GraphQLQuery } from 'aws-amplify/api';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listPosts } from '@/graphql/queries';

type Post = { id: string; title: string };

export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
  const response = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      reqResBasedClient.graphql<GraphQLQuery<any>>(contextSpec, {
        query: listPosts,
        variables: { limit: 20 },
        authMode: 'userPool',
      }),
  });
  const posts: Post[] = response.data.listPosts.items;
  return { props: { posts } };
};

export default function Posts({ posts }: { posts: Post[] }) {
  return posts.map((p) => <p key={p.id}>{p.title}</p>);
}
