import { Auth } from 'aws-amplify';

/** The signed-in user's name, or null when nobody is signed in. */
export async function currentUsername(auth: typeof Auth): Promise<string | null> {
  try {
    const user = await auth.currentAuthenticatedUser();
    return user.username;
  } catch {
    return null;
  }
}
