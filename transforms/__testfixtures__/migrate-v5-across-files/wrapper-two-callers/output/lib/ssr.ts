import { Amplify } from 'aws-amplify';
import awsExports from '../src/aws-exports';

// Server code asks this module for its Amplify instance, so that the config is applied first.
Amplify.configure(awsExports, { ssr: true });

/** The Amplify instance of one request (API routes and getServerSideProps). */

/** The same, from the whole getServerSideProps context. */

export const SIGN_IN_PATH = '/sign-in';
