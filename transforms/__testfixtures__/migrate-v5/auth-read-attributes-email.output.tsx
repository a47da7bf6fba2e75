import type { GetServerSideProps } from 'next';
import { fetchUserAttributes, getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export const getServerSideProps: GetServerSideProps = async (context) => {
  try {
    const user = await runWithAmplifyServerContext({
      nextServerContext: { request: context.req, response: context.res },
      operation: async (contextSpec) => ({
        ...(await getCurrentUser(contextSpec)),
        attributes: (await fetchUserAttributes(contextSpec)) as Record<string, string>,
      }),
    });
    return {
      props: {
        email: user.attributes.email ?? null,
        name: user.attributes['custom:display_name'] || user.username,
        id: user.attributes.sub ?? null,
      },
    };
  } catch {
    return { props: {} };
  }
};

export default function Profile({ email, name }: { email: string | null; name: string }) {
  return <p>{name} &lt;{email}&gt;</p>;
}
