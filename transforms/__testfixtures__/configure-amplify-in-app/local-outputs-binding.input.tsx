import type { AppProps, NextWebVitalsMetric } from 'next/app';

const outputs: NextWebVitalsMetric[] = [];

export function reportWebVitals(metric: NextWebVitalsMetric) {
  outputs.push(metric);
}

export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
