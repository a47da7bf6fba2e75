import { createAuthRouteHandlers } from '__SERVER_UTILS__';

// Typed explicitly: isolatedDeclarations needs a type for the default export.
type AuthRouteHandler = ReturnType<typeof createAuthRouteHandlers>;

const handler: AuthRouteHandler = createAuthRouteHandlers({
  redirectOnSignInComplete: '__REDIRECT_ON_SIGN_IN__',
  redirectOnSignOutComplete: '__REDIRECT_ON_SIGN_OUT__',
});

export default handler;
