import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentUserPoolUser();
  return { props: { username: user.username } };
};

export default function Home({ username }: { username: string }) {
  return <p>{username}</p>;
}
