import type { Check } from '../types.js';
import { adapterVersionCheck } from './versions-adapter.js';
import { amplifyVersionCheck } from './versions-amplify.js';
import { nextVersionCheck } from './versions-next.js';
import { nodeVersionCheck } from './versions-node.js';
import { authOriginCheck } from './auth-origin.js';
import { authOAuthCheck } from './auth-oauth.js';
import { authRedirectsCheck } from './auth-redirects.js';
import { authRouteConflictCheck } from './auth-route-conflict.js';
import { authClientApisCheck } from './auth-client-apis.js';
import { serverCookiesCallCheck } from './server-cookies-call.js';
import { serverRunnerClientCheck } from './server-runner-client.js';
import { serverImportPathCheck } from './server-import-path.js';
import { withSsrContextCheck } from './server-with-ssr-context.js';
import { nextConfigKeyCheck } from './next-config-key.js';
import { nextConfigExternalCheck } from './next-config-external.js';
import { idTokenAttributesCheck } from './idtoken-attributes.js';
import { dataCookiesClientCheck } from './data-cookies-client.js';
import { dataClientPerRequestCheck } from './data-client-per-request.js';
import { dataBrowserClientCheck } from './data-browser-client.js';

/** Every check `doctor` runs, in the order their findings are reported within a file. */
export const checks: readonly Check[] = [
  nextVersionCheck,
  adapterVersionCheck,
  amplifyVersionCheck,
  nodeVersionCheck,
  authOriginCheck,
  authOAuthCheck,
  authRedirectsCheck,
  authRouteConflictCheck,
  authClientApisCheck,
  serverCookiesCallCheck,
  serverRunnerClientCheck,
  serverImportPathCheck,
  withSsrContextCheck,
  nextConfigKeyCheck,
  nextConfigExternalCheck,
  idTokenAttributesCheck,
  dataCookiesClientCheck,
  dataClientPerRequestCheck,
  dataBrowserClientCheck,
];
