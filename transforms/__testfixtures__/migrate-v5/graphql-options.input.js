import { withSSRContext } from 'aws-amplify';
import { listPosts } from '../src/graphql/queries';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const response = await SSR.API.graphql({
    query: listPosts,
    variables: { limit: 20 },
    authMode: 'AMAZON_COGNITO_USER_POOLS',
  });
  return {
    props: {
      posts: response.data.listPosts.items,
    },
  };
}

export default function Posts({ posts }) {
  return posts.map((p) => <p key={p.id}>{p.title}</p>);
}
