import { NextRequest, NextResponse } from 'next/server';
import { withSSRContext } from 'aws-amplify';

export default async function middleware(req: NextRequest) {
  const { pathname } = req.nextUrl;
  if (pathname.startsWith('/_next')) return NextResponse.next();
  const SSR = withSSRContext({ req: { headers: { cookie: req.headers.get('cookie') ?? '' } } });
  try {
    const session = await SSR.Auth.currentSession();
    const groups = session.getIdToken().payload['cognito:groups'] as string[] | undefined;
    if (pathname.startsWith('/admin') && !groups?.includes('admin')) {
      return NextResponse.redirect(new URL('/', req.url));
    }
    return NextResponse.next();
  } catch {
    return NextResponse.redirect(new URL('/login', req.url));
  }
}
