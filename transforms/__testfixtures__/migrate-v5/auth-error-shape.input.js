import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const { Auth } = withSSRContext({ req });
  try {
    const user = await Auth.currentAuthenticatedUser();
    return { props: { username: user.username } };
  } catch (err) {
    if (err === 'The user is not authenticated') {
      return { redirect: { destination: '/login', permanent: false } };
    }
    throw err;
  }
}

export default function Page({ username }) {
  return <p>{username}</p>;
}
