import type { GetServerSideProps } from 'next';
import { Amplify, withSSRContext } from 'aws-amplify';
import config from '@/amplifyconfiguration.json';

Amplify.configure({
  ...config,
  ssr: true,
});

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const SSR = withSSRContext({ req });
  try {
    const user = await SSR.Auth.currentAuthenticatedUser();
    return { props: { username: user.username } };
  } catch {
    return { props: { username: null } };
  }
};

export default function Home({ username }: { username: string | null }) {
  return <p>{username ?? 'Sign in'}</p>;
}
