import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export const getServerSideProps = async ({ req, res }) => {
  const session = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => fetchAuthSession(contextSpec),
  });
  return {
    props: {
      groups: session.tokens?.accessToken.payload['cognito:groups'] ?? [],
    },
  };
};

export default function Admin({ groups }) {
  return <p>{groups.join(', ')}</p>;
}
