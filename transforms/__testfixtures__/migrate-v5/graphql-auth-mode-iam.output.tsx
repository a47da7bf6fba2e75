import type { GetServerSideProps } from 'next';
import type { GraphQLQuery } from 'aws-amplify/api';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listPublicPosts } from '@/graphql/queries';

export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      reqResBasedClient.graphql<GraphQLQuery<any>>(contextSpec, {
        query: listPublicPosts,
        authMode: 'iam',
      }),
  });
  return { props: { posts: data.listPublicPosts.items } };
};

export default function Public({ posts }: { posts: unknown[] }) {
  return <p>{posts.length}</p>;
}
