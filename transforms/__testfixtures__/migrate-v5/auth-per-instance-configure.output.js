import { withSSRContext } from 'aws-amplify';
import awsExports from '../src/aws-exports';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  // TODO(amplify-next): per-instance-configure: no per-instance configure in v6. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
  SSR.configure({ ...awsExports, ssr: true });
  const user = await SSR.Auth.currentAuthenticatedUser();
  return { props: { username: user.username } };
}

export default function Page({ username }) {
  return <p>{username}</p>;
}
