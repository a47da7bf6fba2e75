import { cookies } from 'next/headers';
import { withSSRContext } from 'aws-amplify';

export default async function DashboardPage() {
  const cookie = cookies()
    .getAll()
    .map(({ name, value }) => `${name}=${value}`)
    .join('; ');
  const { Auth } = withSSRContext({ req: { headers: { cookie } } });
  const user = await Auth.currentAuthenticatedUser();
  return <h1>{user.username}</h1>;
}
