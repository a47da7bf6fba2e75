import { getCurrentUser } from 'aws-amplify/auth/server';
import type { AmplifyServer } from 'aws-amplify/adapter-core';

/** The signed-in user's name, or null when nobody is signed in. */
export async function currentUsername(contextSpec: AmplifyServer.ContextSpec): Promise<string | null> {
  try {
    const user = await getCurrentUser(contextSpec);
    return user.username;
  } catch {
    return null;
  }
}
