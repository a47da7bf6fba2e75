import { fetchUserAttributes, getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function getServerSideProps(context) {
  try {
    const user = await runWithAmplifyServerContext({
      nextServerContext: { request: context.req, response: context.res },
      operation: async (contextSpec) => ({
        ...(await getCurrentUser(contextSpec)),
        attributes: await fetchUserAttributes(contextSpec),
      }),
    });
    return {
      props: {
        email: user.attributes.email,
        name: user.attributes['custom:display_name'] || user.username,
        id: user.attributes.sub,
      },
    };
  } catch {
    return { props: {} };
  }
}

export default function Profile({ email, name }) {
  return <p>{name} &lt;{email}&gt;</p>;
}
