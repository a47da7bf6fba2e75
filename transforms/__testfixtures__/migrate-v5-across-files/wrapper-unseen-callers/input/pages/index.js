import { getSSR } from '../lib/amplify-ssr';

export async function getServerSideProps(context) {
  const { Auth } = getSSR(context);
  try {
    const user = await Auth.currentAuthenticatedUser();
    return { props: { username: user.username } };
  } catch (error) {
    return { props: { username: null } };
  }
}

export default function Home({ username }) {
  return <p>{username ? `Signed in as ${username}` : 'Not signed in'}</p>;
}
