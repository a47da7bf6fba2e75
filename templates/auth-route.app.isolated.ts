import { createAuthRouteHandlers } from '__SERVER_UTILS__';

// Typed explicitly: isolatedDeclarations needs a type on each export.
type AuthRouteHandler = ReturnType<typeof createAuthRouteHandlers>;

export const GET: AuthRouteHandler = createAuthRouteHandlers({
  redirectOnSignInComplete: '__REDIRECT_ON_SIGN_IN__',
  redirectOnSignOutComplete: '__REDIRECT_ON_SIGN_OUT__',
});
