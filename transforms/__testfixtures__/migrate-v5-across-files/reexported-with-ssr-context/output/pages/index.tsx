import type { GetServerSideProps } from 'next';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

type Props = { username: string | null };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req, res }) => {
  try {
    const user = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
    return { props: { username: user.username } };
  } catch {
    return { redirect: { destination: '/sign-in', permanent: false } };
  }
};

export default function Dashboard({ username }: Props) {
  return <h1>Welcome back, {username}</h1>;
}
