import { Amplify } from 'aws-amplify';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';
import awsExports from '../src/aws-exports';

Amplify.configure({ ...awsExports, Analytics: { disabled: true } }, { ssr: true });

export async function getServerSideProps({ req, res }) {
  const user = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  });
  return { props: { username: user.username } };
}

export default function Home({ username }) {
  return <p>{username}</p>;
}
