import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  return {
    props: {
      username: user.username,
      accessToken: user.signInUserSession.accessToken.jwtToken,
    },
  };
}

export default function Debug({ username }) {
  return <p>{username}</p>;
}
