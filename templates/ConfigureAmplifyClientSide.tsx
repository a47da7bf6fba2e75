'use client';

import { Amplify } from 'aws-amplify';
import config from '__AMPLIFY_CONFIG__';

// Configure Amplify in the browser once, with `ssr: true` so that tokens are kept in cookies
// that the server (middleware, Server Components, route handlers) can read.
Amplify.configure(config, { ssr: true });

export default function ConfigureAmplifyClientSide() {
  return null;
}
