import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const username: string = (await withSSRContext({ req }).Auth.currentAuthenticatedUser()).username;
  return { props: { username } };
};

export default function Page({ username }: { username: string }) {
  return <p>{username}</p>;
}
