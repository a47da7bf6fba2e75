import { Amplify, AuthModeStrategyType } from 'aws-amplify';
import type { AppProps } from 'next/app';
import awsconfig from '@/aws-exports';

Amplify.configure({ ...awsconfig, ssr: true, DataStore: { authModeStrategyType: AuthModeStrategyType.MULTI_AUTH } });

export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
