import { withSSRContext } from 'aws-amplify';
import { listPostsByOwner } from '../graphql/queries';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  try {
    const user = await SSR.Auth.currentAuthenticatedUser();
    const owner = user.attributes.sub;
    const { data } = await SSR.API.graphql({
      query: listPostsByOwner,
      variables: { owner },
    });
    return { props: { username: user.username, posts: data.listPostsByOwner.items } };
  } catch (err) {
    return { redirect: { destination: '/login', permanent: false } };
  }
}

export default function MyPosts({ posts }) {
  return <p>{posts.length}</p>;
}
