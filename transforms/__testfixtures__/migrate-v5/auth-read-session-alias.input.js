import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps(ctx) {
  const { Auth } = withSSRContext(ctx);
  const user = await Auth.currentAuthenticatedUser();
  const userSession = user.signInUserSession;
  return {
    props: {
      username: user.username,
      groups: userSession.accessToken.payload['cognito:groups'] || [],
    },
  };
}

export default function Page({ username }) {
  return <p>{username}</p>;
}
