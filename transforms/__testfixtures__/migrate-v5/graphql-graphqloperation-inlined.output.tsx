import type { GetServerSideProps } from 'next';
import type { GraphQLQuery } from 'aws-amplify/api';
import {
  reqResBasedClient,
  runWithAmplifyServerContext,
} from '@/utils/amplifyServerUtils';
import { getPost } from '@/graphql/queries';

export const getServerSideProps: GetServerSideProps = async ({ req, params, res }) => {
  const token = String(process.env.LAMBDA_AUTH_TOKEN);
  const { data } = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) =>
      reqResBasedClient.graphql<GraphQLQuery<any>>(contextSpec, {
        query: getPost,
        variables: { id: params?.id },
        authToken: token,
      }),
  });
  return { props: { post: data.getPost } };
};

export default function Post({ post }: { post: { title: string } }) {
  return <h1>{post.title}</h1>;
}
