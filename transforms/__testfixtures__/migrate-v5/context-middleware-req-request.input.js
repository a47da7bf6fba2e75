import { NextResponse } from 'next/server';
import { withSSRContext } from 'aws-amplify';

export async function middleware(req) {
  const { Auth } = withSSRContext({ req });
  const session = await Auth.currentSession().catch(() => null);
  if (!session) {
    return NextResponse.redirect(new URL('/signin', req.url));
  }
  return NextResponse.next();
}
