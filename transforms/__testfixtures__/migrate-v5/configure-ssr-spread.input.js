import { Amplify, withSSRContext } from 'aws-amplify';
import awsExports from '../src/aws-exports';

Amplify.configure({ ...awsExports, ssr: true });

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  try {
    const user = await SSR.Auth.currentAuthenticatedUser();
    return { props: { username: user.username } };
  } catch {
    return { props: { username: null } };
  }
}

export default function Home({ username }) {
  return <p>{username ?? 'Sign in'}</p>;
}
