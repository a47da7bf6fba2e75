import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const profile = withSSRContext({ req });
  const user = await profile.Auth.currentAuthenticatedUser();

  const admin = withSSRContext({ req });
  await admin.Auth.signOut();

  return { props: { username: user.username } };
};
