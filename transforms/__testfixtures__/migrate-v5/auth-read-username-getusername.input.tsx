import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser();
  const display: string = user.getUsername().toUpperCase();
  return { props: { username: user.username, display } };
};

export default function Page({ display }: { display: string }) {
  return <p>{display}</p>;
}
