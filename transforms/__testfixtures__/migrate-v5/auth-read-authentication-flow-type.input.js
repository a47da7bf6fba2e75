import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser();
  return { props: { federated: user.authenticationFlowType === 'USER_SRP_AUTH' ? false : true } };
}

export default function Page({ federated }) {
  return <p>{federated ? 'SSO' : 'password'}</p>;
}
