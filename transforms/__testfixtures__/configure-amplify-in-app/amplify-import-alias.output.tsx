import type { AppProps } from 'next/app';
import { Amplify as AmplifyCore } from 'aws-amplify';
import '../styles/globals.css';
import outputs from '../amplify_outputs.json';

AmplifyCore.configure(outputs, { ssr: true });

export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
