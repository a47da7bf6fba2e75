/** The signed-in user's name, or null when nobody is signed in. */
export async function currentUsername(auth) {
  try {
    const user = await auth.currentAuthenticatedUser();
    return user.username;
  } catch {
    return null;
  }
}
