import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function ProfilePage() {
  try {
    const user = await runWithAmplifyServerContext({
      nextServerContext: { cookies },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
    return <h1>Hi {user.username}</h1>;
  } catch {
    redirect('/login');
  }
}
