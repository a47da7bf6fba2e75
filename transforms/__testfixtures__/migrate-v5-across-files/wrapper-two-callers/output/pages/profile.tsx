import type { GetServerSideProps } from 'next';
import { SIGN_IN_PATH } from '../lib/ssr';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

type Props = { username: string };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req, res }) => {
  try {
    const user = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
    return { props: { username: user.username } };
  } catch {
    return { redirect: { destination: SIGN_IN_PATH, permanent: false } };
  }
};

export default function Profile({ username }: Props) {
  return <h1>{username}</h1>;
}
