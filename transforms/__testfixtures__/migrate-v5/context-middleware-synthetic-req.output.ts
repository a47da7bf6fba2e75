import { NextRequest, NextResponse } from 'next/server';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function middleware(request: NextRequest) {
  const response = NextResponse.next();
  try {
    const user = await runWithAmplifyServerContext({
      nextServerContext: { request, response },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
    if (!user) {
      return NextResponse.redirect(new URL('/login', request.url));
    }
    return response;
  } catch (e) {
    return NextResponse.redirect(new URL('/login', request.url));
  }
}

export const config = {
  matcher: ['/dashboard/:path*'],
};
