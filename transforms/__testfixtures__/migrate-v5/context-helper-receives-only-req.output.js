import { withSSRContext } from 'aws-amplify';

export async function getSSRCurrentAuth(req) {
  // TODO(amplify-next): missing-response: v6 needs the response too. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
  const { Auth } = withSSRContext({ req });
  try {
    return await Auth.currentAuthenticatedUser();
  } catch {
    return null;
  }
}
