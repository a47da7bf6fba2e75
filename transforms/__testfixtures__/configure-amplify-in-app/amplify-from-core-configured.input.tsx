import type { AppProps } from 'next/app';
import { Amplify } from '@aws-amplify/core';
import config from '../src/amplifyconfiguration.json';

Amplify.configure(config, { ssr: true });

export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
