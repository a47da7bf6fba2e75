import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { withSSRContext } from 'aws-amplify';

export default async function ProfilePage() {
  const req = {
    headers: {
      cookie: headers().get('cookie'),
    },
  };
  const SSR = withSSRContext({ req });
  let user;
  try {
    user = await SSR.Auth.currentAuthenticatedUser();
  } catch {
    redirect('/login');
  }
  return <h1>Hi {user.username}</h1>;
}
