import { createAuthRouteHandlers } from '__SERVER_UTILS__';

export default createAuthRouteHandlers({
  redirectOnSignInComplete: '__REDIRECT_ON_SIGN_IN__',
  redirectOnSignOutComplete: '__REDIRECT_ON_SIGN_OUT__',
});
