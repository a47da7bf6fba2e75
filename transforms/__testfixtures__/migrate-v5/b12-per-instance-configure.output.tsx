import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';
import awsExports from '@/aws-exports';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const { Auth } = withSSRContext({ req });
  // TODO(amplify-next): per-instance-configure: Auth.configure on the SSR instance has no v6 equivalent; config is given once to createServerRunner (if this passes the app config, delete the line). See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
  Auth.configure({ ...awsExports.Auth, cookieStorage: { domain: '.example.com' } });
  const user = await Auth.currentAuthenticatedUser();
  return { props: { username: user.username } };
};

export default function Page({ username }: { username: string }) {
  return <p>{username}</p>;
}
