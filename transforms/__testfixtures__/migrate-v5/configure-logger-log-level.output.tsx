import { Amplify } from 'aws-amplify';
import { ConsoleLogger } from 'aws-amplify/utils';
import awsExports from '../src/aws-exports';
import '../styles/globals.css';
import type { AppProps } from 'next/app';

Amplify.configure(awsExports, { ssr: true });
ConsoleLogger.LOG_LEVEL = process.env.NODE_ENV === 'production' ? 'ERROR' : 'DEBUG';

const logger = new ConsoleLogger('app');

export default function MyApp({ Component, pageProps }: AppProps) {
  logger.debug('render', Component.name);
  return <Component {...pageProps} />;
}
