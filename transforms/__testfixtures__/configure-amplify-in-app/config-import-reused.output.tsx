import type { AppProps } from 'next/app';
import amplifyOutputs from '../amplify_outputs.json';
import { Authenticator } from '@aws-amplify/ui-react';
import { Amplify } from 'aws-amplify';

Amplify.configure(amplifyOutputs, { ssr: true });

export default function App({ Component, pageProps }: AppProps) {
  return (
    <Authenticator.Provider>
      <Component {...pageProps} />
    </Authenticator.Provider>
  );
}
