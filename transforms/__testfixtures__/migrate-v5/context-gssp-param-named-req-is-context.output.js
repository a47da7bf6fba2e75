import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export const getServerSideProps = async (req) => {
  // NOTE(amplify-next): behaviour-change: v5 read no cookies here; v6 does. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
  try {
    const user = await runWithAmplifyServerContext({
      nextServerContext: { request: req.req, response: req.res },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
    return { props: { authenticated: true, username: user.username } };
  } catch (err) {
    return { props: { authenticated: false } };
  }
};
