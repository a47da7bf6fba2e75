import { isJsonObject } from './config-value.js';

/** Keys of a v5 `Auth` block that v6 reads under `Auth.Cognito` (with other names) instead. */
const V5_AUTH_KEYS = [
  'userPoolWebClientId',
  'userPoolId',
  'region',
  'identityPoolId',
  'mandatorySignIn',
  'authenticationFlowType',
  'cookieStorage',
];

/**
 * The v5-only keys of a hand-written config (`{ Auth: { region, userPoolId, userPoolWebClientId } }`,
 * `API.endpoints`, `Storage.AWSS3`), or `[]`. v6 reads such an object as a `ResourcesConfig` and finds no
 * `Auth.Cognito` in it, so nothing is configured and every server call runs without a user. The files the
 * Amplify CLI writes (`aws-exports`' flat `aws_*` keys, `amplifyconfiguration.json`, `amplify_outputs.json`)
 * are read by v6 as they are.
 */
export function v5OnlyKeys(value: unknown): string[] {
  // Any aws_* key sends the whole object through v6's aws-exports parser.
  if (!isJsonObject(value) || Object.keys(value).some((key) => key.startsWith('aws_'))) return [];
  const found: string[] = [];
  const auth = value.Auth;
  if (isJsonObject(auth) && !('Cognito' in auth)) found.push(...V5_AUTH_KEYS.filter((key) => key in auth).map((key) => `Auth.${key}`));
  if (isJsonObject(value.API) && 'endpoints' in value.API) found.push('API.endpoints');
  if (isJsonObject(value.Storage) && 'AWSS3' in value.Storage) found.push('Storage.AWSS3');
  return found;
}

export function v5ConfigNote(file: string, keys: string[]): string {
  return `${file} is shaped for Amplify v5 (${keys.join(', ')}): v6 does not read it, so the app would run with no user pool. Give v6 its own shape ({ Auth: { Cognito: { userPoolId, userPoolClientId } } }), or use the amplifyconfiguration.json / amplify_outputs.json the Amplify CLI writes.`;
}
