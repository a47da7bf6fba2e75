import type { GetServerSidePropsContext } from 'next';
import { fetchUserAttributes, getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps(context: GetServerSidePropsContext) {
  // NOTE(amplify-next): behaviour-change: v5 read no cookies here; v6 does. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
  try {
    const user = await runWithAmplifyServerContext({
      nextServerContext: { request: context.req, response: context.res },
      operation: async (contextSpec) => ({
        ...(await getCurrentUser(contextSpec)),
        attributes: (await fetchUserAttributes(contextSpec)) as Record<string, string>,
      }),
    });
    return { props: { email: user.attributes.email ?? null } };
  } catch (error) {
    return { props: { email: null } };
  }
}

export default function Account({ email }: { email: string | null }) {
  return <p>{email ?? 'Guest'}</p>;
}
