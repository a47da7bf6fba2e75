import { defineEventHandler, getHeader } from 'h3';
import { withSSRContext } from 'aws-amplify';

export default defineEventHandler(async (event) => {
  const req = { headers: { cookie: getHeader(event, 'cookie') } };
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  return { username: user.username as string };
});
