import { withSSRContext } from 'aws-amplify';

export default async (req) => {
  const SSR = withSSRContext({ req });
  const credentials = await SSR.Auth.currentCredentials();
  console.log('identity', credentials.accessKeyId);
};
