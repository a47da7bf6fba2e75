import { createAuthRouteHandlers } from '__SERVER_UTILS__';

// Typed explicitly: with isolatedDeclarations a default export needs a declaration with a type.
const handler: ReturnType<typeof createAuthRouteHandlers> = createAuthRouteHandlers({
  redirectOnSignInComplete: '__REDIRECT_ON_SIGN_IN__',
  redirectOnSignOutComplete: '__REDIRECT_ON_SIGN_OUT__',
});

export default handler;
