import type { AppProps } from 'next/app';
import { DefaultSeo } from 'next-seo';
import config from '../next-seo.config';
import '../styles/globals.css';
import { Amplify } from 'aws-amplify';
import amplifyConfig from '../src/amplifyconfiguration.json';

Amplify.configure(amplifyConfig, { ssr: true });

export default function App({ Component, pageProps }: AppProps) {
  return (
    <>
      <DefaultSeo {...config} />
      <Component {...pageProps} />
    </>
  );
}
