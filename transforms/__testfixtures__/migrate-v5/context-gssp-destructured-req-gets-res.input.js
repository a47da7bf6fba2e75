import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  try {
    const user = await SSR.Auth.currentAuthenticatedUser();
    return { props: { username: user.username } };
  } catch (err) {
    return { redirect: { destination: '/login', permanent: false } };
  }
}

export default function Profile({ username }) {
  return <h1>Hello {username}</h1>;
}
