import { NextResponse } from 'next/server';
import { Amplify, withSSRContext } from 'aws-amplify';
import awsExports from './src/aws-exports';

Amplify.configure({ ...awsExports, ssr: true });

export async function middleware(request) {
  const SSR = withSSRContext({ req: { headers: { cookie: request.headers.get('cookie') } } });
  const user = await SSR.Auth.currentAuthenticatedUser().catch(() => null);
  return user ? NextResponse.next() : NextResponse.redirect(new URL('/login', request.url));
}

export const config = { matcher: ['/app/:path*'] };
