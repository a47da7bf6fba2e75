import type { GetServerSideProps } from 'next';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export const getServerSideProps: GetServerSideProps = async (context) => {
  try {
    const user = await runWithAmplifyServerContext({
      nextServerContext: { request: context.req, response: context.res },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
    return { props: { username: user.username as string } };
  } catch (e) {
    return { notFound: true };
  }
};

export default function Home({ username }: { username: string }) {
  return <p>Welcome back, {username}</p>;
}
