import { NextRequest, NextResponse } from 'next/server';
import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async function middleware(req: NextRequest) {
  const { pathname } = req.nextUrl;
  if (pathname.startsWith('/_next')) return NextResponse.next();
  const response = NextResponse.next();
  try {
    const session = await runWithAmplifyServerContext({
      nextServerContext: { request: req, response },
      operation: async (contextSpec) => {
        const session = await fetchAuthSession(contextSpec);
        if (!session.tokens) throw new Error('No current user');
        return session;
      },
    });
    const groups = session.tokens?.idToken?.payload['cognito:groups'] as string[] | undefined;
    if (pathname.startsWith('/admin') && !groups?.includes('admin')) {
      return NextResponse.redirect(new URL('/', req.url));
    }
    return response;
  } catch {
    return NextResponse.redirect(new URL('/login', req.url));
  }
}
