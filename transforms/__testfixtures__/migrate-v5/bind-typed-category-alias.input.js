import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const amplify = withSSRContext({ req });
  const auth = amplify.Auth;
  const user = await auth.currentAuthenticatedUser();
  return { props: { username: user.username } };
}

export default function Page({ username }) {
  return <p>{username}</p>;
}
