import { withSSRContext } from 'aws-amplify';
import { listPosts } from '@/graphql/queries';



export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  let authMode = 'API_KEY';
  try {
    await SSR.Auth.currentAuthenticatedUser();
    authMode = 'AMAZON_COGNITO_USER_POOLS';
  } catch {
    // anonymous visitors read the public posts
  }
  const { data } = await SSR.API.graphql({ query: listPosts, authMode });
  return { props: { posts: data.listPosts.items } };
}
