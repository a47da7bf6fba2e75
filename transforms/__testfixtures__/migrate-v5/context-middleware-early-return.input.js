import { NextResponse } from 'next/server';
import { withSSRContext } from 'aws-amplify';

export default async function middleware(req) {
  if (req.nextUrl.pathname === '/login') return NextResponse.next();
  const { Auth } = withSSRContext({ req: { headers: { cookie: req.headers.get('cookie') } } });
  const user = await Auth.currentAuthenticatedUser().catch(() => null);
  if (!user) return NextResponse.redirect(new URL('/login', req.url));
  return NextResponse.next();
}
