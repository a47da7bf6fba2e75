import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { withSSRContext } from 'aws-amplify';

export default async function ProfilePage() {
  const req = { headers: { cookie: (await headers()).get('cookie') } };
  const { Auth } = withSSRContext({ req });
  try {
    const user = await Auth.currentAuthenticatedUser();
    return <h1>Hi {user.username}</h1>;
  } catch {
    redirect('/login');
  }
}
