import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';
import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export async function middleware(req: NextRequest) {
  // withSSRContext reads the Cognito tokens from the request cookies.
  // Amplify.configure ran in _app, with ssr: true, so the cookies are set
  // on every page load; without them every request here is anonymous.
  // See https://docs.amplify.aws/lib/ssr/q/platform/js/
  // NOTE(amplify-next): behaviour-change: v5 read no cookies here; v6 does. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
  // one instance per request
  const response = NextResponse.next();
  try {
    // currentSession refreshes expired tokens with the refresh token
    await runWithAmplifyServerContext({
      nextServerContext: { request: req, response },
      operation: async (contextSpec) => {
        const session = await fetchAuthSession(contextSpec);
        if (!session.tokens) throw new Error('No current user');
        return session;
      },
    });
  } catch {
    return NextResponse.redirect(new URL('/signin', req.url));
  }
  return response;
}

export const config = { matcher: ['/account/:path*'] };
