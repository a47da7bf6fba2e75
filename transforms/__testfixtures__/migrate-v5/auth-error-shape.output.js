import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const { Auth } = withSSRContext({ req });
  try {
    const user = await Auth.currentAuthenticatedUser();
    return { props: { username: user.username } };
  } catch (err) {
    // TODO(amplify-next): error-shape: v6 errors have other names. See https://docs.amplify.aws/gen1/javascript/build-a-backend/auth/auth-migration-guide/
    if (err === 'The user is not authenticated') {
      return { redirect: { destination: '/login', permanent: false } };
    }
    throw err;
  }
}

export default function Page({ username }) {
  return <p>{username}</p>;
}
