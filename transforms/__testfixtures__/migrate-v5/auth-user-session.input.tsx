import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser();
  const session = await Auth.userSession(user);
  return {
    props: {
      username: user.username,
      token: session.getAccessToken().getJwtToken(),
    },
  };
};

export default function Page({ username }: { username: string }) {
  return <p>{username}</p>;
}
