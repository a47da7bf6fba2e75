import type { AppProps } from 'next/app';
import { DefaultSeo } from 'next-seo';
import config from '../next-seo.config';
import '../styles/globals.css';

export default function App({ Component, pageProps }: AppProps) {
  return (
    <>
      <DefaultSeo {...config} />
      <Component {...pageProps} />
    </>
  );
}
