import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser();
  return { props: { federated: user.authenticationFlowType !== 'USER_SRP_AUTH' } };
};

export default function Page({ federated }: { federated: boolean }) {
  return <p>{federated ? 'SSO' : 'password'}</p>;
}
