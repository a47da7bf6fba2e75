import { withSSRContext } from 'aws-amplify';

const SSR = withSSRContext();

export async function getServerSideProps() {
  const user = await SSR.Auth.currentAuthenticatedUser();
  return { props: { username: user.username } };
}

export default function Page({ username }) {
  return <p>{username}</p>;
}
