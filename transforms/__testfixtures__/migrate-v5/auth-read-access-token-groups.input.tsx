import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const { Auth } = withSSRContext({ req });
  try {
    const user = await Auth.currentAuthenticatedUser();
    const groups = (user.signInUserSession.accessToken.payload['cognito:groups'] as string[] | undefined) ?? [];
    if (!groups.includes('admin')) {
      return { notFound: true };
    }
    return { props: { username: user.username } };
  } catch {
    return { redirect: { destination: '/login', permanent: false } };
  }
};

export default function Admin({ username }: { username: string }) {
  return <h1>Admin: {username}</h1>;
}
