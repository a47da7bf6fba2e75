import { NextResponse, type NextRequest } from 'next/server';
import { Amplify, withSSRContext } from 'aws-amplify';
import awsExports from '@/aws-exports';

Amplify.configure({ ...awsExports, ssr: true });

export async function middleware(request: NextRequest) {
  const SSR = withSSRContext({ req: { headers: { cookie: request.headers.get('cookie') } } });
  const user = await SSR.Auth.currentAuthenticatedUser().catch(() => null);
  if (!user) {
    return NextResponse.redirect(new URL('/login', request.url));
  }
  return NextResponse.next();
}

export const config = { matcher: ['/app/:path*'] };
