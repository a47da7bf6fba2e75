// TODO(amplify-next): reexport: withSSRContext is re-exported. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
export { withSSRContext } from 'aws-amplify';
export { Amplify } from 'aws-amplify';
