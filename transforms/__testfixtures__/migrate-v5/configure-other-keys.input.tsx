import type { GetServerSideProps } from 'next';
import { Amplify, withSSRContext } from 'aws-amplify';
import awsExports from '@/aws-exports';

Amplify.configure({
  ...awsExports,
  ssr: true,
  Auth: {
    ...awsExports.Auth,
    cookieStorage: { domain: '.example.com', secure: true },
  },
});

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  return { props: { username: user.username } };
};

export default function Home({ username }: { username: string }) {
  return <p>{username}</p>;
}
