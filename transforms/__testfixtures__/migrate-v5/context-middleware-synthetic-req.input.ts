import { NextRequest, NextResponse } from 'next/server';
import { withSSRContext } from 'aws-amplify';

export async function middleware(request: NextRequest) {
  const SSR = withSSRContext({
    req: { headers: { cookie: request.headers.get('cookie') } },
  });
  try {
    const user = await SSR.Auth.currentAuthenticatedUser();
    if (!user) {
      return NextResponse.redirect(new URL('/login', request.url));
    }
    return NextResponse.next();
  } catch (e) {
    return NextResponse.redirect(new URL('/login', request.url));
  }
}

export const config = {
  matcher: ['/dashboard/:path*'],
};
