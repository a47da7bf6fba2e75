import { Amplify, withSSRContext as withSSRContextOriginal } from 'aws-amplify';
import awsExports from '@/aws-exports';

Amplify.configure({ ...awsExports, ssr: true });

// TODO(amplify-next): reexport: withSSRContext is re-exported. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
export const withSSRContext = withSSRContextOriginal;
