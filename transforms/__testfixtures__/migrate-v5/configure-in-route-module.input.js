import { Amplify, withSSRContext } from 'aws-amplify';
import { NextResponse } from 'next/server';
import config from '@/amplifyconfiguration.json';

Amplify.configure(config, { ssr: true });

export async function GET(request) {
  const SSR = withSSRContext({ req: { headers: { cookie: request.headers.get('cookie') } } });
  const user = await SSR.Auth.currentAuthenticatedUser();
  return NextResponse.json({ username: user.username });
}
