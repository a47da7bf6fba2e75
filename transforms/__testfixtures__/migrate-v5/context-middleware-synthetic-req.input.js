import { NextResponse } from 'next/server';
import { withSSRContext } from 'aws-amplify';

export async function middleware(request) {
  const SSR = withSSRContext({
    req: { headers: { cookie: request.headers.get('cookie') } },
  });
  try {
    await SSR.Auth.currentAuthenticatedUser();
    return NextResponse.next();
  } catch (e) {
    return NextResponse.redirect(new URL('/login', request.url));
  }
}

export const config = {
  matcher: ['/dashboard/:path*'],
};
