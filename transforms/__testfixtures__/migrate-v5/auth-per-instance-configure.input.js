import { withSSRContext } from 'aws-amplify';
import awsExports from '../src/aws-exports';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  SSR.configure({ ...awsExports, ssr: true });
  const user = await SSR.Auth.currentAuthenticatedUser();
  return { props: { username: user.username } };
}

export default function Page({ username }) {
  return <p>{username}</p>;
}
