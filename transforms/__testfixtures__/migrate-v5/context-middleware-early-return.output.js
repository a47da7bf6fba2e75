import { NextResponse } from 'next/server';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function middleware(req) {
  if (req.nextUrl.pathname === '/login') return NextResponse.next();
  const response = NextResponse.next();
  const user = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  }).catch(() => null);
  if (!user) return NextResponse.redirect(new URL('/login', req.url));
  return response;
}
