import { NextResponse } from 'next/server';
import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function middleware(req) {
  // NOTE(amplify-next): behaviour-change: v5 read no cookies here; v6 does. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
  const response = NextResponse.next();
  const session = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response },
    operation: async (contextSpec) => {
      const session = await fetchAuthSession(contextSpec);
      if (!session.tokens) throw new Error('No current user');
      return session;
    },
  }).catch(() => null);
  if (!session) {
    return NextResponse.redirect(new URL('/signin', req.url));
  }
  return response;
}
