import type { GetServerSideProps } from 'next';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

type Props = { username: string };

export const getServerSideProps: GetServerSideProps<Props> = async (context) => {
  try {
    const user = await runWithAmplifyServerContext({
      nextServerContext: { request: context.req, response: context.res },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
    return { props: { username: user.username } };
  } catch (err) {
    return { redirect: { destination: '/login', permanent: false } };
  }
};

export default function Inventory({ username }: Props) {
  return <h1>Inventory of {username}</h1>;
}
