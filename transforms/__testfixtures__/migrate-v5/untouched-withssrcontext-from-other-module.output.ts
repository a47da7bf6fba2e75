import { withSSRContext } from '@my-org/amplify-compat';
import { Amplify } from 'aws-amplify';

export async function currentUsername(req: unknown): Promise<string> {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  return user.username;
}

export { Amplify };
