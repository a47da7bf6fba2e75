import { withSSRContext } from 'aws-amplify';
import { listPosts } from '../graphql/queries';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const [user, { data }] = await Promise.all([
    SSR.Auth.currentAuthenticatedUser(),
    SSR.API.graphql({ query: listPosts }),
  ]);
  const inline = await Promise.all([SSR.Auth.currentSession(), SSR.Auth.currentUserInfo()]);
  return { props: { username: user.username, posts: data.listPosts.items, n: inline.length } };
}
