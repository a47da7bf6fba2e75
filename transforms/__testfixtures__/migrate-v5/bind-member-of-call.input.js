import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const Auth = withSSRContext({ req }).Auth;
  const user = await Auth.currentUserPoolUser();
  return { props: { username: user.getUsername() } };
}

export default function Page({ username }) {
  return <p>{username}</p>;
}
