import type { GetServerSideProps } from 'next';
import {
  fetchAuthSession,
  fetchUserAttributes,
  getCurrentUser,
} from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
  const info = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => {
      try {
        const { username } = await getCurrentUser(contextSpec);
        const attributes = await fetchUserAttributes(contextSpec);
        const { identityId } = await fetchAuthSession(contextSpec);
        return { id: identityId, username, attributes };
      } catch {
        return null;
      }
    },
  });
  if (!info) {
    return { redirect: { destination: '/login', permanent: false } };
  }
  return { props: { email: info.attributes.email ?? null, identityId: info.id ?? null } };
};

export default function Me({ email }: { email: string | null }) {
  return <p>{email}</p>;
}
