import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentUserPoolUser();
  return { props: { username: user.username } };
}

export default function Home({ username }) {
  return <p>{username}</p>;
}
