import type { GetServerSideProps } from 'next';
import { getCurrentUser } from 'aws-amplify/auth/server';
import type { AuthUser } from 'aws-amplify/auth';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

type Props = { username: string };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req, res }) => {
  const user: AuthUser = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  });
  return { props: { username: user.username } };
};

export default function Page({ username }: Props) {
  return <p>{username}</p>;
}
