import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps({ req, res }) {
  const user = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  });
  return { props: { federated: user.signInDetails?.authFlowType === 'USER_SRP_AUTH' ? false : true } };
}

export default function Page({ federated }) {
  return <p>{federated ? 'SSO' : 'password'}</p>;
}
