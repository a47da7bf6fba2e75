import { adapterRedirect } from '../../generate/adapter-redirects.js';
import { ORIGIN_VARIABLE } from '../../generate/auth-routes-plan.js';
import type { AmplifyConfigFile } from '../../project/amplify-config.js';
import { readOAuthSettings, type OAuthSettings } from '../../project/amplify-oauth.js';
import type { Check, DoctorProject, Finding } from '../check.js';
import { authRouteFiles, routeBasePath } from './auth-routes-facts.js';
import { DOCS } from '../docs.js';
import { isOrigin, originEntries, type OriginEntry } from './env-origins.js';
import { FILE_START, jsonPropertyPosition, positionAtOffset, type Position } from './locate.js';
import { serverConfig } from './server-config.js';

interface RedirectKind {
  urls: (oauth: OAuthSettings) => string[];
  /** The config's key for the list: amplify_outputs.json, then the Gen 1 config. */
  keys: { gen2: string[]; gen1: string[] };
  route: string;
  parameter: string;
  breaks: string;
  fails: string;
}

const KINDS: RedirectKind[] = [
  {
    urls: (oauth) => oauth.redirectSignIn,
    keys: { gen2: ['auth', 'oauth', 'redirect_sign_in_uri'], gen1: ['oauth', 'redirectSignIn'] },
    route: 'sign-in-callback',
    parameter: 'redirect_uri',
    breaks: 'Cognito returns users there and sign-in never completes',
    fails: 'sign-in fails with "No valid redirectSignIn url found in the OAuth config"',
  },
  {
    urls: (oauth) => oauth.redirectSignOut,
    keys: { gen2: ['auth', 'oauth', 'redirect_sign_out_uri'], gen1: ['oauth', 'redirectSignOut'] },
    route: 'sign-out-callback',
    parameter: 'logout_uri',
    breaks: 'sign-out leaves the session cookies in place',
    fails: 'sign-out fails with "No valid redirectSignOut url found in the OAuth config"',
  },
];

/**
 * The adapter sends Cognito the first redirect URL of the config that starts with AMPLIFY_APP_ORIGIN: for
 * each origin the env files set, that must be the route's own callback.
 */
export const authRedirectsCheck: Check = {
  codes: ['auth-redirect-missing', 'auth-redirect-mismatch'],
  run(project) {
    const [route] = authRouteFiles(project);
    const config = serverConfig(project);
    const oauth = config === undefined ? null : readOAuthSettings(project.info.root, config);
    const base = route === undefined ? undefined : routeBasePath(project, route.file);
    if (config === undefined || oauth === null || base === undefined) return [];
    const origins = new Map<string, OriginEntry>();
    for (const entry of originEntries(project)) if (isOrigin(entry.value) && !origins.has(entry.value)) origins.set(entry.value, entry);
    const findings: Finding[] = [];
    for (const [origin, entry] of origins) {
      for (const kind of KINDS) {
        const finding = redirectFinding(project, config, kind, kind.urls(oauth), entry, `${origin}${base}/${kind.route}`);
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
};

function redirectFinding(
  project: DoctorProject,
  config: AmplifyConfigFile,
  kind: RedirectKind,
  urls: string[],
  entry: OriginEntry,
  ours: string,
): Finding | undefined {
  const picked = adapterRedirect(urls, entry.value);
  if (picked === ours) return undefined;
  const key = config.kind === 'gen2' ? kind.keys.gen2 : kind.keys.gen1;
  const where = { file: config.path, ...keyPosition(project.read(config.path), key) };
  const origin = `${ORIGIN_VARIABLE}=${entry.value} (${entry.file})`;
  const fix =
    config.kind === 'gen2'
      ? `List ${ours} first among the ${entry.value} URLs in defineAuth's ${kind.route === 'sign-in-callback' ? 'callbackUrls' : 'logoutUrls'} (amplify/auth/resource.ts), then redeploy (npx ampx sandbox) to regenerate ${config.path}.`
      : `Register ${ours} first among the ${entry.value} URLs of your Cognito app client (amplify update auth, then amplify push).`;
  if (picked === undefined) {
    return {
      code: 'auth-redirect-missing',
      severity: 'error',
      ...where,
      message: `No ${key[key.length - 1]} URL in ${config.path} starts with ${origin}: ${kind.fails}.`,
      fix,
      docs: DOCS.ssr,
      fixable: false,
    };
  }
  return {
    code: 'auth-redirect-mismatch',
    severity: 'error',
    ...where,
    message: `With ${origin} the adapter sends ${kind.parameter}=${picked}, the first ${key[key.length - 1]} URL on that origin, not ${ours}: ${kind.breaks}.`,
    fix,
    docs: DOCS.ssr,
    fixable: false,
  };
}

/** A JSON config's key, or the first mention of the key's name in a JavaScript one (aws-exports.js). */
function keyPosition(text: string | null, key: string[]): Position {
  if (text === null) return FILE_START;
  const json = jsonPropertyPosition(text, key);
  if (json !== FILE_START) return json;
  const offset = text.indexOf(key[key.length - 1]!);
  return offset === -1 ? FILE_START : positionAtOffset(text, offset);
}
