import { fetchUserAttributes, getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps({ req, res }) {
  let user = null;
  try {
    user = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response: res },
      operation: async (contextSpec) => ({
        ...(await getCurrentUser(contextSpec)),
        attributes: await fetchUserAttributes(contextSpec),
      }),
    });
  } catch (err) {
    console.log('not signed in', err);
  }
  if (!user) {
    return { redirect: { destination: '/login', permanent: false } };
  }
  const owner = user;
  const { attributes } = owner;
  return {
    props: {
      id: owner.attributes.sub,
      email: user.attributes.email,
      name: attributes.name ?? null,
    },
  };
}
