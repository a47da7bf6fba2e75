import { cookies, headers } from 'next/headers';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function Page() {
  const headersList = await headers();
  const user = await runWithAmplifyServerContext({
    nextServerContext: { cookies },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  }).catch(() => null);
  return <div>{user?.username}{headersList.get('host')}</div>;
}
