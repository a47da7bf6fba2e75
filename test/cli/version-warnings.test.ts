import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runCli, runJson } from '../helpers/cli.js';
import { cleanupTrees, copyTree, installed, makeTree, packageJson, readTree, writeTree } from '../helpers/tree.js';

afterAll(cleanupTrees);

const APPS = path.join(REPO, 'test/fixtures/apps');

/** The CLI as it runs under another Node.js version (process.versions.node replaced before it starts). */
function asNode(version: string): Record<string, string> {
  return { NODE_OPTIONS: `--import=${path.join(REPO, 'test/helpers/node-version.mjs')}`, AMPLIFY_NEXT_TEST_NODE: version };
}

describe('Node.js older than the Next.js it sets up needs', () => {
  it('init on Next.js 16 under Node.js 20.8 says so before the plan, and in --json', () => {
    const root = copyTree(path.join(APPS, 'next16-app-src-ts'));
    const before = readTree(root);
    const dry = runCli(['init', '--yes', '--skip-install', '--dry-run', '--cwd', root], { env: asNode('20.8.0') });
    const warning =
      'Next.js 16.4.6 (the lowest version package.json allows) needs Node.js >=20.9.0, and this is Node.js 20.8.0: next dev and next build will refuse to run.';
    expect(dry.stdout).toContain(`⚠ ${warning}`);
    expect(dry.stdout.indexOf(warning)).toBeLessThan(dry.stdout.indexOf('+++ b/'));
    expect(readTree(root)).toEqual(before);
    const { json } = runJson(['init', '--yes', '--skip-install', '--cwd', root], { env: asNode('20.8.0') });
    expect(json.warnings).toEqual([{ code: 'node-version', message: expect.stringContaining(warning) }]);
  });

  it('reads the requirement from the installed next', () => {
    const root = copyTree(path.join(APPS, 'next16-app-src-ts'));
    writeTree(root, {
      'node_modules/next/package.json': JSON.stringify({ name: 'next', version: '16.4.6', engines: { node: '>=20.9.0' } }),
    });
    const { json } = runJson(['init', '--yes', '--skip-install', '--dry-run', '--cwd', root], { env: asNode('18.20.4') });
    expect(json.warnings[0].message).toContain('Next.js 16.4.6 needs Node.js >=20.9.0, and this is Node.js 18.20.4');
  });

  it('add auth-routes and migrate-v5 say it too; nothing is said on a Node.js that is new enough', () => {
    const root = copyTree(path.join(APPS, 'next16-app-src-ts'));
    const auth = runJson(['add', 'auth-routes', '--yes', '--skip-install', '--dry-run', '--cwd', root], { env: asNode('20.8.0') });
    expect(auth.json.warnings.map((w: { code: string }) => w.code)).toEqual(['node-version']);
    const migrate = runJson(['migrate-v5', '--yes', '--dry-run', '--cwd', root], { env: asNode('20.8.0') });
    expect(migrate.json.warnings.map((w: { code: string }) => w.code)).toEqual(['node-version']);
    const current = runJson(['init', '--yes', '--skip-install', '--dry-run', '--cwd', root], { env: asNode('20.9.0') });
    expect(current.json.warnings).toEqual([]);
  });
});

describe('CVE-2025-29927: init says when the detected Next.js lets a request skip the middleware', () => {
  it.each([
    ['13.5.8', 'npm', 'npm install next@^13.5.9'],
    ['14.2.24', 'pnpm', 'pnpm add next@^14.2.25'],
    ['15.2.2', 'yarn', 'yarn add next@^15.2.3'],
    ['15.0.3', 'bun', 'bun add next@^15.2.3'],
  ])('Next.js %s with %s: a warning with the upgrade command, first in the output and structured in --json', (version, manager, fix) => {
    const root = makeTree({
      'package.json': packageJson({ next: '^13.5.0' }),
      'app/layout.js': 'export default function L({ children }) { return <html><body>{children}</body></html>; }\n',
      ...installed('next', version),
    });
    const result = runCli(['init', '--yes', '--skip-install', '--dry-run', '--package-manager', manager, '--cwd', root]);
    const message = `Next.js ${version} is affected by CVE-2025-29927: a request with an x-middleware-subrequest header skips the middleware, so the route guard can be bypassed. Upgrade Next.js to ${fix.split('^')[1]} or later: ${fix}`;
    expect(result.stdout).toContain(`⚠ ${message}`);
    expect(result.stdout.indexOf(message)).toBeLessThan(result.stdout.indexOf('+++ b/'));
    const { json } = runJson(['init', '--yes', '--skip-install', '--package-manager', manager, '--cwd', root]);
    expect(json.warnings).toEqual([{ code: 'CVE-2025-29927', message, fix }]);
  });

  it.each(['13.5.9', '14.2.25', '15.2.3', '15.5.29', '16.0.0'])('no warning on Next.js %s', (version) => {
    const root = makeTree({ 'package.json': packageJson({ next: version }), 'app/page.js': '' });
    const { json } = runJson(['init', '--yes', '--skip-install', '--dry-run', '--cwd', root]);
    expect(json.warnings.filter((w: { code: string }) => w.code === 'CVE-2025-29927')).toEqual([]);
  });
});
