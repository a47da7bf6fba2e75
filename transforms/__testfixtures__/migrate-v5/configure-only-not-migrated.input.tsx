import { Amplify } from 'aws-amplify';
import type { AppProps } from 'next/app';
import awsExports from '@/aws-exports';

Amplify.configure({ ...awsExports, ssr: true });

export default function MyApp({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
