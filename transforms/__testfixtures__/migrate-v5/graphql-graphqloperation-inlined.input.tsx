import type { GetServerSideProps } from 'next';
import { graphqlOperation, withSSRContext } from 'aws-amplify';
import { getPost } from '@/graphql/queries';

export const getServerSideProps: GetServerSideProps = async ({ req, params }) => {
  const SSR = withSSRContext({ req });
  const token = String(process.env.LAMBDA_AUTH_TOKEN);
  const { data } = await SSR.API.graphql(graphqlOperation(getPost, { id: params?.id }, token));
  return { props: { post: data.getPost } };
};

export default function Post({ post }: { post: { title: string } }) {
  return <h1>{post.title}</h1>;
}
