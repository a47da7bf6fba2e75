import Amplify from 'aws-amplify';
import awsExports from '../src/aws-exports';
import '../styles/globals.css';

Amplify.configure({ ...awsExports, ssr: true });
Amplify.Logger.LOG_LEVEL = process.env.NODE_ENV === 'production' ? 'ERROR' : 'DEBUG';

const logger = new Amplify.Logger('app');

export default function MyApp({ Component, pageProps }) {
  logger.debug('render', Component.name);
  return <Component {...pageProps} />;
}
