import { readOAuthSettings } from '../../project/amplify-oauth.js';
import type { Check } from '../check.js';
import { authRouteFiles } from './auth-routes-facts.js';
import { DOCS } from '../docs.js';
import { positionOf } from './locate.js';
import { serverConfig } from './server-config.js';

/** The auth routes need Cognito's Managed Login (an `oauth` block with a domain) in the config. */
export const authOAuthCheck: Check = {
  codes: ['auth-no-oauth'],
  run(project) {
    const [route] = authRouteFiles(project);
    const config = serverConfig(project);
    if (route === undefined || config === undefined || readOAuthSettings(project.info.root, config) !== null) return [];
    return [
      {
        code: 'auth-no-oauth',
        severity: 'error',
        file: route.file,
        ...positionOf(route.call),
        message: `${config.path} has no OAuth (Managed Login) settings: next build fails on the auth routes ("Failed to collect page data") and /api/auth/sign-in cannot send users anywhere.`,
        fix:
          config.kind === 'gen2'
            ? 'Give defineAuth loginWith.externalProviders with callbackUrls and logoutUrls in amplify/auth/resource.ts, then redeploy (npx ampx sandbox) to regenerate amplify_outputs.json.'
            : 'Add a Cognito domain (Hosted UI) with amplify update auth, then amplify push.',
        docs: DOCS.ssr,
        fixable: false,
      },
    ];
  },
};
