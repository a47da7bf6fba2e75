import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps({ req, res }) {
  try {
    const user = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
    console.log('signed in as', user);
    console.debug(`user: ${JSON.stringify(user)}`);
    return { props: { username: user.username } };
  } catch (error) {
    console.error(error);
    return { props: { username: null } };
  }
}

export async function loadProfile(req, res) {
  const user = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  });
  console.log(user);
  // NOTE(amplify-next): cognito-user-shape: the v5 user/session shape is gone in v6. See https://docs.amplify.aws/gen1/javascript/build-a-backend/auth/auth-migration-guide/
  return { props: { user: JSON.parse(JSON.stringify(user)) } };
}
