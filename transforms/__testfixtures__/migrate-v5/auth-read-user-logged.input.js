import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req, res }) {
  const { Auth } = withSSRContext({ req });
  try {
    const user = await Auth.currentAuthenticatedUser();
    console.log('signed in as', user);
    console.debug(`user: ${JSON.stringify(user)}`);
    return { props: { username: user.username } };
  } catch (error) {
    console.error(error);
    return { props: { username: null } };
  }
}

export async function loadProfile(req, res) {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser();
  console.log(user);
  return { props: { user: JSON.parse(JSON.stringify(user)) } };
}
