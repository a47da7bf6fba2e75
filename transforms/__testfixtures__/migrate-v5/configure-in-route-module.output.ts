import { Amplify } from 'aws-amplify';
import { cookies } from 'next/headers';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';
import { NextResponse } from 'next/server';
import config from '@/amplifyconfiguration.json';

// NOTE(amplify-next): server-module-configure: Amplify.configure in a server module. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
Amplify.configure(config, { ssr: true });

export async function GET(request: Request) {
  const user = await runWithAmplifyServerContext({
    nextServerContext: { cookies },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  });
  return NextResponse.json({ username: user.username });
}
