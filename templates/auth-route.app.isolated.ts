import { createAuthRouteHandlers } from '__SERVER_UTILS__';

// Typed explicitly: with isolatedDeclarations every export needs a type of its own.
export const GET: ReturnType<typeof createAuthRouteHandlers> = createAuthRouteHandlers({
  redirectOnSignInComplete: '__REDIRECT_ON_SIGN_IN__',
  redirectOnSignOutComplete: '__REDIRECT_ON_SIGN_OUT__',
});
