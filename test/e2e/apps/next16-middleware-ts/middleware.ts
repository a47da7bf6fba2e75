import { NextResponse, type NextRequest } from 'next/server';

// The app's own middleware, written before amplify-next: it adds a request id to every response.
export function middleware(request: NextRequest) {
  const response = NextResponse.next();
  response.headers.set('x-request-id', crypto.randomUUID());
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
