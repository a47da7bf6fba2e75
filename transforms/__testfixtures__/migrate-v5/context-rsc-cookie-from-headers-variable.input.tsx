import { headers } from 'next/headers';
import { withSSRContext } from 'aws-amplify';

export default async function Page() {
  const headersList = await headers();
  const cookie = headersList.get('cookie');
  const SSR = withSSRContext({ req: { headers: { cookie } } });
  const user = await SSR.Auth.currentAuthenticatedUser().catch(() => null);
  return <div>{user?.username}{headersList.get('host')}</div>;
}
