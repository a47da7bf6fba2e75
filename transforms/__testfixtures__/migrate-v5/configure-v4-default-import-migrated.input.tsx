import type { GetServerSideProps } from 'next';
import Amplify, { withSSRContext } from 'aws-amplify';
import config from '@/aws-exports';

Amplify.configure({ ...config, ssr: true });

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser();
  return { props: { username: user.username } };
};

export default function Page({ username }: { username: string }) {
  return <p>{username}</p>;
}
