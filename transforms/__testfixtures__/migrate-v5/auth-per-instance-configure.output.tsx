import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';
import awsExports from '@/aws-exports';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const { Auth } = withSSRContext({ req });
  // TODO(amplify-next): per-instance-configure: no per-instance configure in v6. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
  Auth.configure({ ...awsExports.Auth, cookieStorage: { domain: '.example.com' } });
  const user = await Auth.currentAuthenticatedUser();
  return { props: { username: user.username } };
};

export default function Page({ username }: { username: string }) {
  return <p>{username}</p>;
}
