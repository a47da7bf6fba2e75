import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  const res = await fetch(`https://api.example.com/profiles/${user.username}`);
  const profile: unknown = await res.json();
  return { props: { profile } };
};
