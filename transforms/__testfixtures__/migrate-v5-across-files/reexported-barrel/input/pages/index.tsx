import type { GetServerSideProps } from 'next';
import { withSSRContext } from '../lib/amplify';

type Props = { username: string };

export const getServerSideProps: GetServerSideProps<Props> = async (context) => {
  const { Auth } = withSSRContext(context);
  try {
    const user = await Auth.currentAuthenticatedUser();
    return { props: { username: user.username } };
  } catch (err) {
    return { redirect: { destination: '/login', permanent: false } };
  }
};

export default function Inventory({ username }: Props) {
  return <h1>Inventory of {username}</h1>;
}
