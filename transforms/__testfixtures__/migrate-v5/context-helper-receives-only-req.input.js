import { withSSRContext } from 'aws-amplify';

export async function getSSRCurrentAuth(req) {
  const { Auth } = withSSRContext({ req });
  try {
    return await Auth.currentAuthenticatedUser();
  } catch {
    return null;
  }
}
