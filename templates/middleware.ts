import { type NextRequest, NextResponse } from 'next/server';
import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '__SERVER_UTILS__';

export async function middleware(request: NextRequest): Promise<NextResponse> {
  const response = NextResponse.next();

  const authenticated = await runWithAmplifyServerContext({
    nextServerContext: { request, response },
    operation: async (contextSpec) => {
      try {
        const session = await fetchAuthSession(contextSpec);
        return session.tokens !== undefined;
      } catch (error) {
        console.log(error);
        return false;
      }
    },
  });

  if (authenticated) {
    // Amplify wrote any refreshed token cookies to `response`. Pass them on to
    // the page as well: Pages Router server code reads the request's cookies,
    // and would otherwise refresh again with the old tokens.
    const refreshed = response.cookies.getAll();
    if (refreshed.length === 0) return response;
    for (const { name, value } of refreshed) {
      if (value) request.cookies.set(name, value);
      else request.cookies.delete(name);
    }
    const headers = request.headers;
    const forwarded = NextResponse.next({ request: { headers } });
    for (const cookie of refreshed) forwarded.cookies.set(cookie);
    return forwarded;
  }

  const signIn = NextResponse.redirect(new URL('__SIGN_IN_PATH__', request.url));
  // Keep the cookies Amplify set on `response` (e.g. cleared tokens), which a new response would drop.
  for (const cookie of response.cookies.getAll()) {
    signIn.cookies.set(cookie);
  }
  return signIn;
}

export const config: { matcher: string[] } = {
  // Every route except API routes, Next.js assets and image optimization, the sign-in page (each excluded
  // as a whole path segment, so /apidocs or /sign-in-help are still guarded) and static files: a path
  // ending in one of these extensions, as the files in public/ do.
  matcher: ['/((?!api(?:/|$)|_next/static/|_next/image|__SIGN_IN_SEGMENT__(?:/|$)|.*\\.(?:__STATIC_EXTENSIONS__)$).*)'],
};
