export { withSSRContext } from 'aws-amplify';
export { Amplify } from 'aws-amplify';
