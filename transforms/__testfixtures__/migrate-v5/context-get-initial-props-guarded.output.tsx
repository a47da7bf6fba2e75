import type { GetServerSidePropsContext, NextPageContext } from 'next';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

type Props = { username: string | null };

function Page({ username }: Props) {
  return <p>{username ?? 'anonymous'}</p>;
}

Page.getInitialProps = async (ctx: NextPageContext): Promise<Props> => {
  if (!ctx.req || !ctx.res) return { username: null };
  try {
    const user = await runWithAmplifyServerContext({
      nextServerContext: {
        request: ctx.req as GetServerSidePropsContext['req'],
        response: ctx.res as GetServerSidePropsContext['res'],
      },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
    return { username: user.username };
  } catch {
    return { username: null };
  }
};

export default Page;
