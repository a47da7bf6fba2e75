import { withSSRContext } from 'aws-amplify';

// TODO(amplify-next): module-scope-context: withSSRContext at module scope. See https://docs.amplify.aws/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/
export const SSR = withSSRContext();

export async function currentUsername(): Promise<string> {
  const user = await SSR.Auth.currentAuthenticatedUser();
  return user.username;
}
