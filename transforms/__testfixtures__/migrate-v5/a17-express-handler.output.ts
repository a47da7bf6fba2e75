import { defineEventHandler, getHeader } from 'h3';
import { withSSRContext } from 'aws-amplify';

export default defineEventHandler(async (event) => {
  const req = { headers: { cookie: getHeader(event, 'cookie') } };
  // TODO(amplify-next): non-nextjs: Nuxt code; v6 needs runWithAmplifyServerContext from aws-amplify/adapter-core with a cookie storage adapter. See https://docs.amplify.aws/gen1/javascript/build-a-backend/server-side-rendering/
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  return { username: user.username as string };
});
