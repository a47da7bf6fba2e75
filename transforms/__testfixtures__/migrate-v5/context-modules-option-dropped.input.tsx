import type { GetServerSideProps } from 'next';
import { API, Auth, withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const SSR = withSSRContext({ req, modules: [API, Auth] });
  const user = await SSR.Auth.currentAuthenticatedUser();
  return { props: { username: user.username } };
};

export default function Page({ username }: { username: string }) {
  return <p>{username}</p>;
}
