import { withSSRContext } from 'aws-amplify';
import { currentUsername } from '../lib/user';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const username = await currentUsername(SSR.Auth);
  return { props: { username } };
}

export default function Home({ username }) {
  return <p>{username ?? 'Signed out'}</p>;
}
