import type { GetServerSideProps } from 'next';
import { withSSRContext } from '../lib/amplify';

type Props = { username: string | null };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req }) => {
  const { Auth } = withSSRContext({ req });
  try {
    const user = await Auth.currentAuthenticatedUser();
    return { props: { username: user.username } };
  } catch {
    return { redirect: { destination: '/sign-in', permanent: false } };
  }
};

export default function Dashboard({ username }: Props) {
  return <h1>Welcome back, {username}</h1>;
}
