import type { AppProps } from 'next/app';
import { Amplify } from 'aws-amplify';
import outputs from '../amplify_outputs.json';
import '../styles/globals.css';

Amplify.configure({ ...outputs, ssr: true });

export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
