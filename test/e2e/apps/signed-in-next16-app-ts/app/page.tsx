import { cookies } from 'next/headers';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

// Protected by the middleware; renders the user from the token cookies (a server component).
export const dynamic = 'force-dynamic';

export default async function Home() {
  let user: string;
  try {
    const current = await runWithAmplifyServerContext({
      nextServerContext: { cookies },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
    user = `signed in as ${current.username} (${current.userId})`;
  } catch (error) {
    user = `no user: ${(error as Error).name}`;
  }
  return (
    <main>
      <h1>Home (signed in)</h1>
      <p id="user">{user}</p>
      <a href="/api/auth/sign-out">Sign out</a>
    </main>
  );
}
