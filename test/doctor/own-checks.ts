import fs from 'node:fs';
import path from 'node:path';
import type { Check } from '../../src/doctor/check.js';
import { adapterVersionCheck } from '../../src/doctor/checks/versions-adapter.js';
import { amplifyVersionCheck } from '../../src/doctor/checks/versions-amplify.js';
import { nextVersionCheck } from '../../src/doctor/checks/versions-next.js';
import { nodeVersionCheck } from '../../src/doctor/checks/versions-node.js';
import { authOriginCheck } from '../../src/doctor/checks/auth-origin.js';
import { authOAuthCheck } from '../../src/doctor/checks/auth-oauth.js';
import { authRedirectsCheck } from '../../src/doctor/checks/auth-redirects.js';
import { authRouteConflictCheck } from '../../src/doctor/checks/auth-route-conflict.js';
import { authClientApisCheck } from '../../src/doctor/checks/auth-client-apis.js';
import { serverCookiesCallCheck } from '../../src/doctor/checks/server-cookies-call.js';
import { serverRunnerClientCheck } from '../../src/doctor/checks/server-runner-client.js';
import { serverImportPathCheck } from '../../src/doctor/checks/server-import-path.js';
import { withSsrContextCheck } from '../../src/doctor/checks/server-with-ssr-context.js';
import { nextConfigKeyCheck } from '../../src/doctor/checks/next-config-key.js';
import { nextConfigExternalCheck } from '../../src/doctor/checks/next-config-external.js';
import { idTokenAttributesCheck } from '../../src/doctor/checks/idtoken-attributes.js';
import { dataCookiesClientCheck } from '../../src/doctor/checks/data-cookies-client.js';
import { dataClientPerRequestCheck } from '../../src/doctor/checks/data-client-per-request.js';
import { dataBrowserClientCheck } from '../../src/doctor/checks/data-browser-client.js';
import { installed, writeTree } from '../helpers/tree.js';

/** The checks of versions, server-side auth routes, server code and Data clients. */
export const OWN_CHECKS: Check[] = [
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

/** The Amplify packages init installs, with the peers the registry declares, and a Next.js of the app's own line. */
export function installedLikeInit(root: string): void {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const next = /(\d+)\.\d+\.\d+/.exec(pkg.dependencies.next)!;
  const patched: Record<string, string> = { 13: '13.5.11', 14: '14.2.35', 15: '15.5.29', 16: '16.4.6' };
  pkg.dependencies = { ...pkg.dependencies, 'aws-amplify': '^6.22.1', '@aws-amplify/adapter-nextjs': '^1.8.0' };
  writeTree(root, {
    'package.json': JSON.stringify(pkg, null, 2),
    ...installed('next', patched[next[1]!]!),
    ...installed('aws-amplify', '6.22.1'),
    ...installed('@aws-amplify/adapter-nextjs', '1.8.0', { 'aws-amplify': '^6.21.0', next: '>=13.5.0 <17.0.0' }),
  });
}
