import type { GetServerSidePropsContext, NextPage } from 'next';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

type Props = { username: string | null };

const Page: NextPage<Props> = ({ username }) => <p>{username ?? 'anonymous'}</p>;

Page.getInitialProps = async (ctx) => {
  // NOTE(amplify-next): no-server-guard: also runs in the browser. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
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
