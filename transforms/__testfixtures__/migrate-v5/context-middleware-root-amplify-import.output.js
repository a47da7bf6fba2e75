import { NextResponse } from 'next/server';
import { Amplify } from 'aws-amplify';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';
import awsExports from './src/aws-exports';

// NOTE(amplify-next): server-module-configure: Amplify.configure in a server module. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
Amplify.configure(awsExports, { ssr: true });

export async function middleware(request) {
  const response = NextResponse.next();
  const user = await runWithAmplifyServerContext({
    nextServerContext: { request, response },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  }).catch(() => null);
  return user ? response : NextResponse.redirect(new URL('/login', request.url));
}

export const config = { matcher: ['/app/:path*'] };
