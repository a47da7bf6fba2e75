import { Amplify } from 'aws-amplify';
import awsExports from '../src/aws-exports';

Amplify.configure(awsExports, { ssr: true });

const PUBLIC_ROUTES = ['/', '/sign-in'];

// The Amplify instance of the page being rendered.

export { PUBLIC_ROUTES };
