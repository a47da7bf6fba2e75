import type { AmplifyConfigFile } from '../project/amplify-config.js';
import type { OAuthSettings } from '../project/amplify-oauth.js';

/**
 * The redirect URL the Next.js adapter sends to Cognito: the first one in the config's list that starts
 * with AMPLIFY_APP_ORIGIN (`resolveRedirectSignInUrl` / `resolveRedirectSignOutUrl` in
 * @aws-amplify/adapter-nextjs), or undefined when none does.
 */
export function adapterRedirect(urls: readonly string[], origin: string): string | undefined {
  return urls.find((url) => url.startsWith(origin));
}

interface RedirectKind {
  /** The config's key for the list. */
  key: (config: AmplifyConfigFile) => string;
  urls: (oauth: OAuthSettings) => string[];
  label: string;
  /** The query parameter the adapter fills with the picked URL, and what breaks when it is not ours. */
  parameter: string;
  breaks: string;
  /** What the adapter does when no URL is on the origin. */
  fails: string;
}

const SIGN_IN: RedirectKind = {
  key: (config) => (config.kind === 'gen2' ? 'redirect_sign_in_uri' : 'oauth.redirectSignIn'),
  urls: (oauth) => oauth.redirectSignIn,
  label: 'sign-in redirect',
  parameter: 'redirect_uri',
  breaks: 'sign-in cannot complete',
  fails: '/api/auth/sign-in fails with "No valid redirectSignIn url found"',
};

const SIGN_OUT: RedirectKind = {
  key: (config) => (config.kind === 'gen2' ? 'redirect_sign_out_uri' : 'oauth.redirectSignOut'),
  urls: (oauth) => oauth.redirectSignOut,
  label: 'sign-out redirect',
  parameter: 'logout_uri',
  breaks: 'sign-out leaves the session cookies in place',
  fails: '/api/auth/sign-out fails with "No valid redirectSignOut url found"',
};

export interface RedirectCheck {
  config: AmplifyConfigFile;
  oauth: OAuthSettings;
  origin: string;
  signIn: string;
  signOut: string;
  /** The Gen 2 backend file in the repo that now lists both URLs first for the origin, if any. */
  backendResource?: string;
}

/**
 * One line for each of the two callback URLs the deployed config makes the adapter miss: not registered,
 * or registered after another URL on the same origin, which the adapter then sends instead.
 */
export function redirectWarnings(check: RedirectCheck): string[] {
  const warnings: string[] = [];
  for (const [kind, ours] of [
    [SIGN_IN, check.signIn],
    [SIGN_OUT, check.signOut],
  ] as const) {
    const urls = kind.urls(check.oauth);
    const picked = adapterRedirect(urls, check.origin);
    if (picked === ours) continue;
    const { path } = check.config;
    const key = kind.key(check.config);
    const registered = urls.includes(ours);
    const sends = `with AMPLIFY_APP_ORIGIN=${check.origin} the adapter sends ${kind.parameter}=${picked} and ${kind.breaks}`;
    const problem = registered
      ? `${path} lists ${picked} before the ${kind.label} ${ours} in ${key}: ${sends}`
      : `${path} does not register the ${kind.label} ${ours} in ${key}: ${picked === undefined ? `no URL there is on ${check.origin}, so ${kind.fails}` : sends}`;
    warnings.push(`${problem}. ${fix(check, ours, registered)}`);
  }
  return warnings;
}

function fix(check: RedirectCheck, ours: string, reorder: boolean): string {
  if (check.backendResource) {
    return `${check.backendResource} now lists it where the adapter picks it: redeploy the backend (npx ampx sandbox, or your branch's deploy) to regenerate ${check.config.path}.`;
  }
  const what = reorder ? `Put ${ours} first among the ${check.origin} URLs` : `Add ${ours}`;
  if (check.config.kind === 'gen2')
    return `${what} in your backend's callback and logout URLs, then redeploy it to regenerate ${check.config.path}.`;
  return `${what} in your Cognito app client (amplify update auth, then amplify push).`;
}
