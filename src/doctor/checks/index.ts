import type { Check } from '../check.js';
import { configFile } from './configuration-config-file.js';
import { configMismatch } from './configuration-mismatch.js';
import { configureMultiple } from './configuration-multiple.js';
import { configureNotRendered } from './configuration-rendered.js';
import { serverRunner } from './configuration-server-runner.js';
import { configureWithoutSsr } from './configuration-ssr.js';
import { guardImports } from './guard-imports.js';
import { guardMatcher } from './guard-matcher.js';
import { guardNext16 } from './guard-next16.js';
import { guardResponse } from './guard-response.js';
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

/** Every check `doctor` runs (the runner sorts their findings). One entry per line. */
export const checks: readonly Check[] = [
  configMismatch,
  configureWithoutSsr,
  configureMultiple,
  configureNotRendered,
  configFile,
  serverRunner,
  guardResponse,
  guardMatcher,
  guardImports,
  guardNext16,
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
