import { NextRequest, NextResponse } from 'next/server';
import { withSSRContext } from 'aws-amplify';

export async function GET(request: NextRequest) {
  const cookie = request.headers.get('cookie') ?? '';
  const SSR = withSSRContext({ req: { headers: { cookie } } });
  try {
    const user = await SSR.Auth.currentAuthenticatedUser();
    return NextResponse.json({ username: user.username });
  } catch {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
}
