import AWSAmplify from 'aws-amplify';
import awsconfig from '../aws-exports';

AWSAmplify.configure(awsconfig);

export default function App({ Component, pageProps }) {
  return <Component {...pageProps} />;
}
