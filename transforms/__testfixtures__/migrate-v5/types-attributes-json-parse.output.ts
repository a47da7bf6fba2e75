import type { GetServerSidePropsContext } from 'next';
import { fetchUserAttributes, getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps({ req, res }: GetServerSidePropsContext) {
  const user = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => ({
      ...(await getCurrentUser(contextSpec)),
      attributes: (await fetchUserAttributes(contextSpec)) as Record<string, string>,
    }),
  });
  const teams: string[] = JSON.parse(user.attributes['custom:teams'] ?? '[]');
  const email: string = user.attributes.email;
  return { props: { email, teams } };
}
