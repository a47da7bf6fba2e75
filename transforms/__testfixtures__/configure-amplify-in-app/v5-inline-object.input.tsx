import type { AppProps } from 'next/app';
import { Amplify } from 'aws-amplify';

Amplify.configure({
  Auth: {
    region: 'us-east-1',
    userPoolId: 'us-east-1_example',
    userPoolWebClientId: 'example',
  },
  ssr: true,
});

export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
