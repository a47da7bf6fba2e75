import { withSSRContext } from 'aws-amplify';

const Page = ({ user }) => <p>{user ? user.username : 'anonymous'}</p>;

Page.getInitialProps = async ({ req }) => {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser().catch(() => null);
  return { user: user && { username: user.username } };
};

export default Page;
