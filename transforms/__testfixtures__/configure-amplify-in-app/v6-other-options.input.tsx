import type { AppProps } from 'next/app';
import { Amplify } from 'aws-amplify';
import outputs from '../amplify_outputs.json';

Amplify.configure(outputs, { Storage: { S3: { prefixResolver } } });

export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
