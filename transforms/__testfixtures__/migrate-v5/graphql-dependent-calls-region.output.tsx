import type { GetServerSideProps } from 'next';
import { getCurrentUser } from 'aws-amplify/auth/server';
import type { GraphQLQuery } from 'aws-amplify/api';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { listPostsByOwner } from '@/graphql/queries';

export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
  try {
    const { user, data } = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: async (contextSpec) => {
        const user = await getCurrentUser(contextSpec);
        const owner = user.userId;
        const { data } = await reqResBasedClient.graphql<GraphQLQuery<any>>(
          contextSpec,
          {
            query: listPostsByOwner,
            variables: { owner },
          },
        );
        return { user, data };
      },
    });
    return { props: { username: user.username, posts: data.listPostsByOwner.items } };
  } catch (err) {
    return { redirect: { destination: '/login', permanent: false } };
  }
};

export default function MyPosts({ posts }: { posts: unknown[] }) {
  return <p>{posts.length}</p>;
}
