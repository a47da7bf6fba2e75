import type { GetServerSidePropsContext, NextPage } from 'next';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

type Props = { username: string | null };

const Page: NextPage<Props> = ({ username }) => <p>{username ?? 'anonymous'}</p>;

Page.getInitialProps = async (ctx) => {
  const user = await runWithAmplifyServerContext({
    nextServerContext: {
      request: ctx.req as GetServerSidePropsContext['req'],
      response: ctx.res as GetServerSidePropsContext['res'],
    },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  }).catch(() => null);
  return { username: user ? user.username : null };
};

export default Page;
