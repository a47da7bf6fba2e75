import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser();
  const session = await Auth.userSession(user);
  return {
    props: {
      username: user.username,
      token: session.getAccessToken().getJwtToken(),
    },
  };
}

export default function Page({ username }) {
  return <p>{username}</p>;
}
