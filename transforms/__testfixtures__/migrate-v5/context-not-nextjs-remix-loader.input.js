import { json, redirect } from '@remix-run/node';
import { withSSRContext } from 'aws-amplify';

export async function loader({ request }) {
  const req = { headers: { cookie: request.headers.get('Cookie') } };
  const SSR = withSSRContext({ req });
  try {
    const user = await SSR.Auth.currentAuthenticatedUser();
    return json({ username: user.username });
  } catch {
    return redirect('/login');
  }
}
