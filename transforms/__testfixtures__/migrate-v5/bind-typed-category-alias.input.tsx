import type { GetServerSideProps } from 'next';
import { Auth, withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const amplify = withSSRContext({ req });
  const auth: typeof Auth = amplify.Auth;
  const user = await auth.currentAuthenticatedUser();
  return { props: { username: user.username } };
};

export default function Page({ username }: { username: string }) {
  return <p>{username}</p>;
}
