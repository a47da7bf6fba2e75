import { NextResponse } from 'next/server';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function middleware(request) {
  const response = NextResponse.next();
  try {
    await runWithAmplifyServerContext({
      nextServerContext: { request, response },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
    return response;
  } catch (e) {
    return NextResponse.redirect(new URL('/login', request.url));
  }
}

export const config = {
  matcher: ['/dashboard/:path*'],
};
