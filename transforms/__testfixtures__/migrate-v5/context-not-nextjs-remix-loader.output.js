import { json, redirect } from '@remix-run/node';
import { withSSRContext } from 'aws-amplify';

export async function loader({ request }) {
  const req = { headers: { cookie: request.headers.get('Cookie') } };
  // TODO(amplify-next): non-nextjs: not a Next.js server function. See https://docs.amplify.aws/gen1/javascript/build-a-backend/server-side-rendering/
  const SSR = withSSRContext({ req });
  try {
    const user = await SSR.Auth.currentAuthenticatedUser();
    return json({ username: user.username });
  } catch {
    return redirect('/login');
  }
}
