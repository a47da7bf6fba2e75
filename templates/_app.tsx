import type { AppProps } from 'next/app';
import type { ReactElement } from 'react';
import { Amplify } from 'aws-amplify';
import config from '__AMPLIFY_CONFIG__';

Amplify.configure(config, { ssr: true });

export default function App({ Component, pageProps }: AppProps): ReactElement {
  return <Component {...pageProps} />;
}
