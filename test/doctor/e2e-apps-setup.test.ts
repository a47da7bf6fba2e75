import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDoctorProject } from '../../src/doctor/project.js';
import { REPO, runCli } from '../helpers/cli.js';
import { cleanupTrees, copyTree, readTree } from '../helpers/tree.js';
import { installedLikeInit, OWN_CHECKS } from './own-checks.js';

afterAll(cleanupTrees);

const E2E_APPS = path.join(REPO, 'test/e2e/apps');

function cli(root: string, args: string[]): void {
  const result = runCli([...args, '--cwd', root]);
  if (result.exitCode !== 0) throw new Error(`${args.join(' ')} exited ${result.exitCode}:\n${result.stdout}\n${result.stderr}`);
}

/** What the apps' own code and config (which amplify-next does not touch) give, with the auth routes added. */
/** The import line: after 'use client' in the App Router components. */
const statusComponent = (file: string, line = 5) => [{ code: 'auth-client-api-httponly', file, line }];
const APP_OWN_FINDINGS: Record<string, Array<{ code: string; file: string; line: number }>> = {
  // Each app's AmplifyStatus reads the session with the browser's fetchAuthSession, which HttpOnly token cookies hide.
  'next13-pages-ts': statusComponent('components/AmplifyStatus.tsx', 3),
  'next14-app-src-ts': statusComponent('src/components/AmplifyStatus.tsx'),
  'next15-app-js': statusComponent('components/AmplifyStatus.jsx'),
  'next15-both-ts': statusComponent('components/AmplifyStatus.tsx'),
  'next15-data-ts': statusComponent('components/AmplifyStatus.tsx'),
  'next16-app-js': statusComponent('components/AmplifyStatus.jsx'),
  'next16-app-src-ts': statusComponent('src/components/AmplifyStatus.tsx'),
  'next16-pages-ts': statusComponent('components/AmplifyStatus.tsx', 3),
  // Its config lists http://localhost:3000/ before the auth routes' callbacks (add auth-routes says so).
  'next14-pages-v5-ts': [
    { code: 'auth-redirect-mismatch', file: 'amplify_outputs.json', line: 27 },
    { code: 'auth-redirect-mismatch', file: 'amplify_outputs.json', line: 30 },
  ],
};

/**
 * The real apps of the end-to-end suite, taken through what it runs on them (without installs): init, then
 * add auth-routes; the Amplify v5 app is upgraded to aws-amplify 6 and migrated first.
 */
describe('the setup amplify-next writes on the end-to-end apps gives none of the version, auth-route, server-code and Data findings', () => {
  it.each(fs.readdirSync(E2E_APPS).filter((name) => fs.existsSync(path.join(E2E_APPS, name, 'package.json'))).sort())('%s', (app) => {
    const root = copyTree(path.join(E2E_APPS, app));
    const before = readTree(root);
    if (before['package.json']!.includes('"aws-amplify": "^5')) {
      fs.writeFileSync(path.join(root, 'package.json'), before['package.json']!.replace(/"aws-amplify": "\^5[^"]*"/, '"aws-amplify": "^6.22.1"'));
      cli(root, ['migrate-v5', '--yes', '--force']);
    }
    cli(root, ['init', '--yes', '--skip-install']);
    cli(root, ['add', 'auth-routes', '--yes', '--skip-install']);
    const after = readTree(root);
    const written = new Set(Object.keys(after).filter((file) => after[file] !== before[file]));
    installedLikeInit(root);
    const project = loadDoctorProject(root);
    const findings = OWN_CHECKS.flatMap((check) => check.run(project)).map(({ code, file, line }) => ({ code, file, line }));
    expect(findings.filter((finding) => written.has(finding.file))).toEqual([]);
    expect(findings).toEqual(APP_OWN_FINDINGS[app] ?? []);
  });
});
