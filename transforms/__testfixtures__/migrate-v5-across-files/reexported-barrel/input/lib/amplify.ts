import { Amplify } from 'aws-amplify';
import awsExports from '../src/aws-exports';

Amplify.configure({ ...awsExports, ssr: true });

// Everything of aws-amplify, configured: import from here, not from 'aws-amplify'.
export * from 'aws-amplify';
