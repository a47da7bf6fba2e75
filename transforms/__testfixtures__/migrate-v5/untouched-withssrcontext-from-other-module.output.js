import { withSSRContext } from '../lib/ssr';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  return { props: { username: user.username } };
}

export default function Page({ username }) {
  return <p>{username}</p>;
}
