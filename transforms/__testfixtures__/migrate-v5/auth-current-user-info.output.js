import {
  fetchAuthSession,
  fetchUserAttributes,
  getCurrentUser,
} from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps({ req, res }) {
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
  return { props: { email: info.attributes.email, identityId: info.id } };
}

export default function Me({ email }) {
  return <p>{email}</p>;
}
