import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checks } from '../../src/doctor/checks/index.js';
import { loadDoctorProject } from '../../src/doctor/project.js';
import { runChecks } from '../../src/doctor/run-checks.js';
import { REPO, runJson } from '../helpers/cli.js';
import { cleanupTrees, copyTree, readTree } from '../helpers/tree.js';

afterAll(cleanupTrees);

/**
 * What the setup `init` + `add auth-routes` writes gives doctor nothing to report: no finding is in a file they
 * wrote. The findings left are about the apps' own code, config and declared versions, which init reports and
 * leaves alone; each is listed here with why.
 */
const bypass = (line: number) => `next-middleware-bypass package.json:${line}`;
const httpOnlyStatus = (file: string, line = 5) => `auth-client-api-httponly ${file}:${line}`;
const LEFT_ALONE: Record<string, string[]> = {
  // "next" is declared below 13.5.9 / 14.2.25 / 15.2.3 (CVE-2025-29927): init warns with the upgrade command.
  'apps/next13-config-mismatch-js': [bypass(12), 'config-mismatch pages/_app.js:5'],
  // The app's config lists its own callback URL before the auth routes' (add auth-routes says so).
  'apps/next13-pages-ts': ['auth-redirect-mismatch amplifyconfiguration.json:12', bypass(11)],
  'apps/next14-app-ts': [bypass(11)],
  // The hand-written aws-exports.ts has the v5 shape: v6 reads no user pool from it (init notes it).
  'apps/next14-app-v5-config-ts': [
    'config-v5-shape components/ConfigureAmplifyClientSide.tsx:8',
    bypass(11),
    'config-v5-shape utils/amplifyServerUtils.ts:5',
  ],
  'apps/next14-lang-root-js': [bypass(11)],
  'apps/next14-pages-aws-exports-ts': [bypass(12)],
  'apps/next14-pages-graphql-ts': [bypass(13)],
  'apps/next14-renamed-runner-js': [bypass(13)],
  'apps/next15-app-data-ts': [bypass(13)],
  'apps/next15-app-js': [bypass(11)],
  'apps/next15-app-src-ts': [bypass(11)],
  'apps/next15-both-data-ts': [bypass(13)],
  'apps/next15-both-ts': [bypass(11)],
  'apps/next15-declaration-ts': [bypass(11)],
  'apps/next15-gen2-callback-urls-ts': [
    'auth-redirect-mismatch amplify_outputs.json:8',
    'auth-redirect-mismatch amplify_outputs.json:12',
    bypass(11),
  ],
  'apps/next15-prettier-ts': [bypass(12)],
  'apps/next15-renamed-configure-ts': [bypass(11)],
  'apps/next15-route-groups-ts': [bypass(11)],
  // The app's own middleware on Next.js 16: init leaves it and prints the rename command.
  'apps/next16-app-middleware-ts': ['guard-middleware-deprecated middleware.ts:1'],
  'e2e/apps/next16-middleware-ts': ['guard-middleware-deprecated middleware.ts:1'],
  // Each e2e app's AmplifyStatus reads the session with the browser's fetchAuthSession, which HttpOnly token cookies hide.
  'e2e/apps/next13-pages-ts': [httpOnlyStatus('components/AmplifyStatus.tsx', 3)],
  'e2e/apps/next14-app-src-ts': [httpOnlyStatus('src/components/AmplifyStatus.tsx')],
  'e2e/apps/next15-app-js': [httpOnlyStatus('components/AmplifyStatus.jsx')],
  'e2e/apps/next15-both-ts': [httpOnlyStatus('components/AmplifyStatus.tsx')],
  'e2e/apps/next15-data-ts': [httpOnlyStatus('components/AmplifyStatus.tsx')],
  'e2e/apps/next15-route-groups-ts': [httpOnlyStatus('components/AmplifyStatus.tsx')],
  'e2e/apps/next16-app-js': [httpOnlyStatus('components/AmplifyStatus.jsx')],
  'e2e/apps/next16-app-src-ts': [httpOnlyStatus('src/components/AmplifyStatus.tsx')],
  'e2e/apps/next16-pages-ts': [httpOnlyStatus('components/AmplifyStatus.tsx', 3)],
  // The v5 app, upgraded and migrated first: its config lists http://localhost:3000/ before the callbacks.
  'e2e/apps/next14-pages-v5-ts': ['auth-redirect-mismatch amplify_outputs.json:27', 'auth-redirect-mismatch amplify_outputs.json:30'],
};

const apps = ['test/fixtures/apps', 'test/e2e/apps'].flatMap((dir) =>
  fs
    .readdirSync(path.join(REPO, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${dir.replace(/^test\/(fixtures\/)?/, '')}/${entry.name}`),
);

const EXPECTED = path.join(REPO, 'test/fixtures/expected');

/**
 * A fixture app as init and add auth-routes leave it: its expected trees laid over it (init.test.ts and
 * auth-routes.test.ts prove the commands write exactly those files), without running the commands again.
 */
function setUpFixtureApp(root: string, app: string): void {
  for (const step of ['init', 'auth-routes']) {
    const tree = path.join(EXPECTED, step, app.replace(/^apps\//, ''));
    if (fs.existsSync(tree)) fs.cpSync(tree, root, { recursive: true });
  }
}

/** An end-to-end app as its suite sets it up, through the built CLI (the v5 app is upgraded and migrated first). */
function setUpEndToEndApp(root: string): void {
  const manifest = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
  if (manifest.includes('"aws-amplify": "^5')) {
    fs.writeFileSync(path.join(root, 'package.json'), manifest.replace(/"aws-amplify": "\^5[^"]*"/, '"aws-amplify": "^6.22.1"'));
    expect(runJson(['migrate-v5', '--yes', '--force', '--cwd', root]).exitCode).toBe(0);
  }
  const init = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
  expect(init.exitCode, init.stderr).toBe(0);
  const routes = runJson(['add', 'auth-routes', '--yes', '--skip-install', '--cwd', root]);
  expect(routes.exitCode, routes.stderr).toBe(0);
}

describe('doctor after init and add auth-routes', () => {
  it.each(apps)('%s', (app) => {
    const fixture = app.startsWith('apps/');
    const root = copyTree(path.join(REPO, 'test', fixture ? 'fixtures' : '', app));
    const before = readTree(root);
    if (fixture) setUpFixtureApp(root, app);
    else setUpEndToEndApp(root);
    const after = readTree(root);
    const written = new Set(Object.keys(after).filter((file) => after[file] !== before[file]));
    const findings = runChecks(loadDoctorProject(root), checks);
    // About the app's config, not the code written: a config the browser reads that differs from the one init
    // found, or has the v5 shape, is init's note.
    const aboutTheConfig = new Set(['config-mismatch', 'config-v5-shape']);
    const inWritten = findings.filter((finding) => written.has(finding.file) && !aboutTheConfig.has(finding.code));
    expect(inWritten).toEqual([]);
    expect(findings.map((finding) => `${finding.code} ${finding.file}:${finding.line}`)).toEqual(LEFT_ALONE[app] ?? []);
  });
});
