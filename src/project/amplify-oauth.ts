import type { AmplifyConfigFile } from './amplify-config.js';
import { isJsonObject, readConfigValue } from './config-value.js';
import type { FileStore } from './file-store.js';

/** What the Amplify config says about Cognito's Managed Login (OAuth), which the auth routes need. */
export interface OAuthSettings {
  domain: string;
  redirectSignIn: string[];
  redirectSignOut: string[];
}

/** The OAuth settings of the config file, or `null` when it has none. */
export function readOAuthSettings(project: FileStore | string, config: AmplifyConfigFile): OAuthSettings | null {
  const value = readConfigValue(project, config);
  return config.kind === 'gen2' ? fromOutputs(value) : fromGen1(value);
}

const strings = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : typeof value === 'string'
      ? value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [];

function fromOutputs(value: unknown): OAuthSettings | null {
  const oauth = isJsonObject(value) && isJsonObject(value.auth) ? value.auth.oauth : undefined;
  if (!isJsonObject(oauth) || typeof oauth.domain !== 'string' || oauth.domain === '') return null;
  return {
    domain: oauth.domain,
    redirectSignIn: strings(oauth.redirect_sign_in_uri),
    redirectSignOut: strings(oauth.redirect_sign_out_uri),
  };
}

function fromGen1(value: unknown): OAuthSettings | null {
  const oauth = isJsonObject(value) ? value.oauth : undefined;
  if (!isJsonObject(oauth) || typeof oauth.domain !== 'string' || oauth.domain === '') return null;
  return { domain: oauth.domain, redirectSignIn: strings(oauth.redirectSignIn), redirectSignOut: strings(oauth.redirectSignOut) };
}
