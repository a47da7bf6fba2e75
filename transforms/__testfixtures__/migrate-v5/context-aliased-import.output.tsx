import type { GetServerSideProps } from 'next';
import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
  const session = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => fetchAuthSession(contextSpec),
  });
  const groups = (session.tokens?.accessToken.payload['cognito:groups'] as string[] | undefined) ?? [];
  return { props: { groups } };
};

export default function Admin({ groups }: { groups: string[] }) {
  return <p>{groups.join(', ')}</p>;
}
