import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const { Auth } = withSSRContext({ req });
  try {
    const user = await Auth.currentAuthenticatedUser();
    return { props: { user: JSON.parse(JSON.stringify(user)) } };
  } catch (err) {
    return { props: { user: null } };
  }
};

export default function Page({ user }: { user: { username: string } | null }) {
  return <p>{user ? user.username : 'guest'}</p>;
}
