import { Command, Option } from 'commander';
import { addCommonOptions, commandAction, commonOptions } from './common.js';
import type { Router } from '../project/layout.js';

export function addAuthRoutesCommand(): Command {
  return addCommonOptions(
    new Command('auth-routes')
      .description('Add server-side sign-in, sign-up and sign-out routes (createAuthRouteHandlers).')
      .option('--origin <url>', 'origin the app is served from, written as AMPLIFY_APP_ORIGIN', 'http://localhost:3000')
      .option('--redirect-on-sign-in <path>', 'where users land after signing in', '/')
      .option('--redirect-on-sign-out <path>', "where users land after signing out (default: init's sign-in path, else /sign-in)")
      .addOption(
        new Option('--router <router>', 'which router gets the route when the app has both (default: app)').choices(['app', 'pages']),
      )
      .option('--cookie-domain <domain>', 'domain of the auth cookies, e.g. .example.com')
      .option('--cookie-same-site <value>', 'SameSite of the auth cookies: strict, lax or none')
      .option('--cookie-max-age <seconds>', 'lifetime of the auth cookies in seconds')
      .option('--buttons', 'also write sign-in, sign-up and sign-out link components')
      .option('--skip-install', 'do not install or upgrade packages; print the command')
      .addHelpText(
        'after',
        `
Examples:
  $ npx amplify-next add auth-routes
  $ npx amplify-next add auth-routes --origin https://app.example.com --redirect-on-sign-in /dashboard --buttons
  $ npx amplify-next add auth-routes --cookie-domain .example.com --cookie-same-site lax --cookie-max-age 2592000`,
      ),
  ).action(
    commandAction(async (raw, out) =>
      (await import('./add-auth-routes.js')).runAddAuthRoutes(
        {
          ...commonOptions(raw),
          origin: String(raw.origin),
          redirectOnSignIn: String(raw.redirectOnSignIn),
          redirectOnSignOut: raw.redirectOnSignOut as string | undefined,
          router: raw.router as Router | undefined,
          cookieDomain: raw.cookieDomain as string | undefined,
          cookieSameSite: raw.cookieSameSite as string | undefined,
          cookieMaxAge: raw.cookieMaxAge as string | undefined,
          buttons: Boolean(raw.buttons),
          skipInstall: Boolean(raw.skipInstall),
        },
        out,
      ),
    ),
  );
}
