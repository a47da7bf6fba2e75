import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const { Auth } = withSSRContext({ req });
  try {
    const user = await Auth.currentAuthenticatedUser();
    return { props: { user: JSON.parse(JSON.stringify(user)) } };
  } catch (err) {
    return { props: { user: null } };
  }
}

export default function Page({ user }) {
  return <p>{user ? user.username : 'guest'}</p>;
}
