import type { NextApiRequest } from 'next';
import { withSSRContext } from 'aws-amplify';

export type SSRContext = ReturnType<typeof withSSRContext>;

export function getSSR(req: NextApiRequest): SSRContext {
  const SSR = withSSRContext({ req });
  return SSR;
}

export async function getAuth(req: NextApiRequest) {
  const { Auth } = withSSRContext({ req });
  await Auth.currentSession();
  return Auth;
}
