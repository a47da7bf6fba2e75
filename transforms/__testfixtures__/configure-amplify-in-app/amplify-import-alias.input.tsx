import type { AppProps } from 'next/app';
import { Amplify as AmplifyCore } from 'aws-amplify';
import '../styles/globals.css';

export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
