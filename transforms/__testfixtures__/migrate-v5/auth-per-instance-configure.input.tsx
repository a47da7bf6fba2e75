import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';
import awsExports from '@/aws-exports';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const { Auth } = withSSRContext({ req });
  Auth.configure({ ...awsExports.Auth, cookieStorage: { domain: '.example.com' } });
  const user = await Auth.currentAuthenticatedUser();
  return { props: { username: user.username } };
};

export default function Page({ username }: { username: string }) {
  return <p>{username}</p>;
}
