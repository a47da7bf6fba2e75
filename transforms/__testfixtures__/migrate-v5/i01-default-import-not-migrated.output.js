// TODO(amplify-next): default-import: v6 has no default export. See https://docs.amplify.aws/gen1/javascript/build-a-backend/troubleshooting/migrate-from-javascript-v5-to-v6/
import Amplify from 'aws-amplify';
import awsconfig from '../src/aws-exports';

Amplify.configure({ ...awsconfig, ssr: true });

function MyApp({ Component, pageProps }) {
  return <Component {...pageProps} />;
}

export default MyApp;
