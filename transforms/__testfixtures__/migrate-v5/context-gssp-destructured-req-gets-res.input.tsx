import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

type Props = { username: string };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req, query }) => {
  const { Auth } = withSSRContext({ req });
  try {
    const user = await Auth.currentAuthenticatedUser();
    return { props: { username: user.username, tab: query.tab ?? null } };
  } catch (error) {
    return { redirect: { destination: '/login', permanent: false } };
  }
};

export default function Profile({ username }: Props) {
  return <h1>Signed in as {username}</h1>;
}
