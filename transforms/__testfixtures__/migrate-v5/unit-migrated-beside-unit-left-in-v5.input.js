import { withSSRContext } from 'aws-amplify';
import { Post } from '../src/models';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  return { props: { username: user.username } };
}

export async function loadPosts(req) {
  const { DataStore } = withSSRContext({ req });
  return DataStore.query(Post);
}

export default function Page({ username }) {
  return <p>{username}</p>;
}
