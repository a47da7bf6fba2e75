import type { GetServerSideProps } from 'next';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

type Props = { username: string };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req, query, res }) => {
  try {
    const user = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
    return { props: { username: user.username, tab: query.tab ?? null } };
  } catch (error) {
    return { redirect: { destination: '/login', permanent: false } };
  }
};

export default function Profile({ username }: Props) {
  return <h1>Signed in as {username}</h1>;
}
