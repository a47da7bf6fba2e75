import type { AppProps } from 'next/app';
import '../lib/amplify';

export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
