import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const { Auth } = withSSRContext({ req });
  try {
    const user = await Auth.currentAuthenticatedUser();
    const groups = user.signInUserSession.accessToken.payload['cognito:groups'] || [];
    if (!groups.includes('admin')) {
      return { notFound: true };
    }
    return { props: { username: user.username } };
  } catch {
    return { redirect: { destination: '/login', permanent: false } };
  }
}

export default function Admin({ username }) {
  return <h1>Admin: {username}</h1>;
}
