import type { GetServerSideProps } from 'next';
import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
  const session = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: (contextSpec) => fetchAuthSession(contextSpec),
  });
  const claims = session.tokens?.idToken?.payload;
  const decoded = session.tokens?.idToken?.payload;
  return { props: { role: String(claims?.['custom:role'] ?? 'viewer'), email: String(decoded?.email) } };
};

export default function Page({ role }: { role: string }) {
  return <p>{role}</p>;
}
