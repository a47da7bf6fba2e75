import type { GetServerSideProps } from 'next';
import { getSSR, SIGN_IN_PATH } from '../lib/ssr';

type Props = { username: string };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req }) => {
  const { Auth } = getSSR(req);
  try {
    const user = await Auth.currentAuthenticatedUser();
    return { props: { username: user.username } };
  } catch {
    return { redirect: { destination: SIGN_IN_PATH, permanent: false } };
  }
};

export default function Profile({ username }: Props) {
  return <h1>{username}</h1>;
}
