import { fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '@/utils/amplifyServerUtils';

export default async (req, res) => {
  // NOTE(amplify-next): credentials-undefined: credentials may be undefined. See https://docs.amplify.aws/gen1/javascript/build-a-backend/auth/auth-migration-guide/
  const credentials = await runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) =>
      (await fetchAuthSession(contextSpec)).credentials,
  });
  console.log('identity', credentials.accessKeyId);
};
