import { useEffect } from 'react';
import type { AppProps } from 'next/app';
import { Amplify } from 'aws-amplify';
import outputs from '../amplify_outputs.json';

export default function App({ Component, pageProps }: AppProps) {
  useEffect(() => {
    Amplify.configure(outputs);
  }, []);
  return <Component {...pageProps} />;
}
