import { Amplify, withSSRContext as withSSRContextOriginal } from 'aws-amplify';
import awsExports from '../src/aws-exports';

// Configure once for every server module that imports withSSRContext from here.
Amplify.configure({ ...awsExports, ssr: true });

export const withSSRContext = withSSRContextOriginal;
