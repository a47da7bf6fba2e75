import type { AppProps } from 'next/app';
import amplifyOutputs from '../amplify_outputs.json';
import { Authenticator } from '@aws-amplify/ui-react';

export default function App({ Component, pageProps }: AppProps) {
  return (
    <Authenticator.Provider>
      <Component {...pageProps} />
    </Authenticator.Provider>
  );
}
