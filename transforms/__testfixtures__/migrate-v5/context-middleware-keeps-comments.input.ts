import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';
import { withSSRContext } from 'aws-amplify';

export async function middleware(req: NextRequest) {
  // withSSRContext reads the Cognito tokens from the request cookies.
  // Amplify.configure ran in _app, with ssr: true, so the cookies are set
  // on every page load; without them every request here is anonymous.
  // See https://docs.amplify.aws/lib/ssr/q/platform/js/
  const { Auth } = withSSRContext({ req }); // one instance per request
  try {
    // currentSession refreshes expired tokens with the refresh token
    await Auth.currentSession();
  } catch {
    return NextResponse.redirect(new URL('/signin', req.url));
  }
  return NextResponse.next();
}

export const config = { matcher: ['/account/:path*'] };
