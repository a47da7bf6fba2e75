import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export const getServerSideProps = async (ctx) => {
  try {
    await runWithAmplifyServerContext({
      nextServerContext: { request: ctx.req, response: ctx.res },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
  } catch (err) {
    return { redirect: { destination: '/login', permanent: false } };
  }
  return { props: {} };
};

export default function Dashboard() {
  return <h1>Dashboard</h1>;
}
