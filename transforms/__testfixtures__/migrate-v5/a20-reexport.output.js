// TODO(amplify-next): reexport: this module re-exports withSSRContext; every importer of it is a migration site and must call runWithAmplifyServerContext instead. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
export { withSSRContext } from 'aws-amplify';
export { Amplify } from 'aws-amplify';
