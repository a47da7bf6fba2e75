import { redirect } from '@sveltejs/kit';
import { withSSRContext } from 'aws-amplify';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ request }) => {
  const SSR = withSSRContext({ req: { headers: { cookie: request.headers.get('cookie') } } });
  try {
    const user = await SSR.Auth.currentAuthenticatedUser();
    return { username: user.username as string };
  } catch {
    throw redirect(302, '/login');
  }
};
