import { Amplify, AuthModeStrategyType } from 'aws-amplify';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';
import awsconfig from '../src/aws-exports';

// TODO(amplify-next): configure-options: these options moved in v6. See https://docs.amplify.aws/gen1/javascript/build-a-backend/troubleshooting/migrate-from-javascript-v5-to-v6/
Amplify.configure({
  ...awsconfig,
  ssr: true,
  DataStore: {
    authModeStrategyType: AuthModeStrategyType.MULTI_AUTH,
  },
});

export async function getServerSideProps({ req, res }) {
  const user = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  });
  return { props: { username: user.username } };
}

export default function Page({ username }) {
  return <p>{username}</p>;
}
