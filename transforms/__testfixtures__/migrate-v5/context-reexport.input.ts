import { Amplify, withSSRContext as withSSRContextOriginal } from 'aws-amplify';
import awsExports from '@/aws-exports';

Amplify.configure({ ...awsExports, ssr: true });

export const withSSRContext = withSSRContextOriginal;
