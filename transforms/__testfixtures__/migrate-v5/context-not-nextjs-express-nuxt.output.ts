import { defineEventHandler, getHeader } from 'h3';
import { withSSRContext } from 'aws-amplify';

export default defineEventHandler(async (event) => {
  const req = { headers: { cookie: getHeader(event, 'cookie') } };
  // TODO(amplify-next): non-nextjs: not a Next.js server function. See https://docs.amplify.aws/gen1/javascript/build-a-backend/server-side-rendering/
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  return { username: user.username as string };
});
