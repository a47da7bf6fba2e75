import Amplify, { withSSRContext } from 'aws-amplify';
import config from '../aws-exports';

Amplify.configure({ ...config, ssr: true });

export async function getServerSideProps({ req }) {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser();
  return { props: { username: user.username } };
}

export default function Page({ username }) {
  return <p>{username}</p>;
}
