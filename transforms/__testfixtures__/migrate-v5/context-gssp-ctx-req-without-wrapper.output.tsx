import type { GetServerSideProps } from 'next';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export const getServerSideProps: GetServerSideProps = async (ctx) => {
  // NOTE(amplify-next): behaviour-change: v5 read no cookies here; v6 does. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
  const user = await runWithAmplifyServerContext({
    nextServerContext: { request: ctx.req, response: ctx.res },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  }).catch(() => null);
  return { props: { signedIn: !!user } };
};

export default function Page({ signedIn }: { signedIn: boolean }) {
  return <span>{signedIn ? 'in' : 'out'}</span>;
}
