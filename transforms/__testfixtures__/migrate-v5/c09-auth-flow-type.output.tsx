import type { GetServerSideProps } from 'next';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
  const user = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  });
  return { props: { federated: user.signInDetails?.authFlowType !== 'USER_SRP_AUTH' } };
};

export default function Page({ federated }: { federated: boolean }) {
  return <p>{federated ? 'SSO' : 'password'}</p>;
}
