import type { AppProps, NextWebVitalsMetric } from 'next/app';
import { Amplify } from 'aws-amplify';
import amplifyConfig from '../amplify_outputs.json';

Amplify.configure(amplifyConfig, { ssr: true });

const outputs: NextWebVitalsMetric[] = [];

export function reportWebVitals(metric: NextWebVitalsMetric) {
  outputs.push(metric);
}

export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
