import type { NextApiRequest } from 'next';
import { withSSRContext } from 'aws-amplify';

// TODO(amplify-next): ssr-context-escapes: the SSR instance leaves this function. See https://docs.amplify.aws/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/
export type SSRContext = ReturnType<typeof withSSRContext>;

export function getSSR(req: NextApiRequest): SSRContext {
  const SSR = withSSRContext({ req });
  // TODO(amplify-next): ssr-context-escapes: the SSR instance leaves this function. See https://docs.amplify.aws/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/
  return SSR;
}

export async function getAuth(req: NextApiRequest) {
  const { Auth } = withSSRContext({ req });
  await Auth.currentSession();
  // TODO(amplify-next): ssr-context-escapes: the SSR instance leaves this function. See https://docs.amplify.aws/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/
  return Auth;
}
