import { withSSRContext } from 'aws-amplify';
import { listPublicPosts } from '../graphql/queries';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const { data } = await SSR.API.graphql({ query: listPublicPosts, authMode: 'AWS_IAM' });
  return { props: { posts: data.listPublicPosts.items } };
}

export default function Public({ posts }) {
  return <p>{posts.length}</p>;
}
