import { Amplify, withSSRContext } from 'aws-amplify';
import type { GetServerSidePropsContext } from 'next';
import awsExports from '../src/aws-exports';

// Server code asks this module for its Amplify instance, so that the config is applied first.
Amplify.configure({ ...awsExports, ssr: true });

/** The Amplify instance of one request (API routes and getServerSideProps). */
export const getSSR = (req: GetServerSidePropsContext['req']) => withSSRContext({ req });

/** The same, from the whole getServerSideProps context. */
export function ssrContext(context: GetServerSidePropsContext) {
  return withSSRContext(context);
}

export const SIGN_IN_PATH = '/sign-in';
