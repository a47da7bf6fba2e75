import { withSSRContext } from 'aws-amplify';

export const getServerSideProps = async (req) => {
  const { Auth } = withSSRContext({ req });
  try {
    const user = await Auth.currentAuthenticatedUser();
    return { props: { authenticated: true, username: user.username } };
  } catch (err) {
    return { props: { authenticated: false } };
  }
};
