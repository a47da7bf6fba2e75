import type { GetServerSidePropsContext } from 'next';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps({ req, res }: GetServerSidePropsContext) {
  try {
    await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
  } catch {
    res.writeHead(302, { Location: '/signin' });
    res.end();
  }
  return { props: {} };
}

export default function Dashboard() {
  return <main>Dashboard</main>;
}
