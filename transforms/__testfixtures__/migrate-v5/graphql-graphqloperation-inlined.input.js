import { withSSRContext, graphqlOperation } from 'aws-amplify';
import { getPost } from '../../src/graphql/queries';

export async function getServerSideProps({ req, params }) {
  const SSR = withSSRContext({ req });
  const { data } = await SSR.API.graphql(graphqlOperation(getPost, { id: params.id }));
  return { props: { post: data.getPost } };
}

export default function Post({ post }) {
  return <h1>{post.title}</h1>;
}
