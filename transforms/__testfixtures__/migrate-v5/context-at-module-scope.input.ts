import { withSSRContext } from 'aws-amplify';

export const SSR = withSSRContext();

export async function currentUsername(): Promise<string> {
  const user = await SSR.Auth.currentAuthenticatedUser();
  return user.username;
}
