import * as AmplifyLib from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const SSR = AmplifyLib.withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  return { props: { username: user.username } };
}
