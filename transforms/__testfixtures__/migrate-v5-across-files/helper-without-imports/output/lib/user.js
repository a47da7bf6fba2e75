import { getCurrentUser } from 'aws-amplify/auth/server';

/** The signed-in user's name, or null when nobody is signed in. */
export async function currentUsername(contextSpec) {
  try {
    const user = await getCurrentUser(contextSpec);
    return user.username;
  } catch {
    return null;
  }
}
