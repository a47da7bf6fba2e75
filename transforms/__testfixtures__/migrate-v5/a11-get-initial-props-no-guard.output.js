import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

const Page = ({ user }) => <p>{user ? user.username : 'anonymous'}</p>;

Page.getInitialProps = async ({ req, res }) => {
  const user = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  }).catch(() => null);
  return { user: user && { username: user.username } };
};

export default Page;
