import { Amplify, AuthModeStrategyType } from 'aws-amplify';
import type { AppProps } from 'next/app';
import awsconfig from '@/aws-exports';

// TODO(amplify-next): configure-options: these options moved in v6. See https://docs.amplify.aws/gen1/javascript/build-a-backend/troubleshooting/migrate-from-javascript-v5-to-v6/
Amplify.configure({ ...awsconfig, ssr: true, DataStore: { authModeStrategyType: AuthModeStrategyType.MULTI_AUTH } });

export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
