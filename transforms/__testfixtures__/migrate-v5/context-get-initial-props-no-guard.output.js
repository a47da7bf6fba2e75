import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

const Page = ({ user }) => <p>{user ? user.username : 'anonymous'}</p>;

Page.getInitialProps = async ({ req, res }) => {
  // NOTE(amplify-next): no-server-guard: also runs in the browser. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
  const user = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  }).catch(() => null);
  return { user: user && { username: user.username } };
};

export default Page;
