import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser();
  return { props: { username: user.username } };
}

export default function Page({ username }) {
  return <p>{username}</p>;
}
