import type { GetServerSideProps } from 'next';
import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
  const session = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => fetchAuthSession(contextSpec),
  });
  const jwt = session.tokens?.accessToken.toString();
  const legacy = session.tokens?.accessToken.toString();
  return { props: { same: jwt === legacy } };
};

export default function Page({ same }: { same: boolean }) {
  return <p>{String(same)}</p>;
}
