import { redirect } from '@sveltejs/kit';
import { withSSRContext } from 'aws-amplify';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ request }) => {
  // TODO(amplify-next): non-nextjs: not a Next.js server function. See https://docs.amplify.aws/gen1/javascript/build-a-backend/server-side-rendering/
  const SSR = withSSRContext({ req: { headers: { cookie: request.headers.get('cookie') } } });
  try {
    const user = await SSR.Auth.currentAuthenticatedUser();
    return { username: user.username as string };
  } catch {
    throw redirect(302, '/login');
  }
};
