import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/doctor/run-checks.js';
import { loadDoctorProject } from '../../src/doctor/project.js';
import { checks } from '../../src/doctor/checks/index.js';
import type { Check, Finding } from '../../src/doctor/check.js';
import { applyChanges } from '../../src/plan/apply.js';
import { REPO } from '../helpers/cli.js';
import { cleanupTrees, copyTree, readTree, writeTree } from '../helpers/tree.js';
import { installedLikeInit, OWN_CHECKS } from './own-checks.js';
import { nodeVersionCheck } from '../../src/doctor/checks/versions-node.js';
import { authOriginCheck } from '../../src/doctor/checks/auth-origin.js';
import { serverCookiesCallCheck } from '../../src/doctor/checks/server-cookies-call.js';
import { nextConfigKeyCheck } from '../../src/doctor/checks/next-config-key.js';

afterAll(cleanupTrees);

const OWN_CODES = OWN_CHECKS.flatMap((check) => check.codes);

const FIXTURES = path.join(REPO, 'test/fixtures/doctor');

function run(root: string, registry: readonly Check[] = checks): Finding[] {
  const project = loadDoctorProject(root);
  return runChecks(project, registry);
}

const where = ({ code, file, line, column }: Finding) => ({ code, file, line, column });

/** `<code>` holds the problem, `<code>--<case>` a variant of it or a near miss without it. */
const ownFixtures = fs
  .readdirSync(FIXTURES)
  .filter((name) => OWN_CODES.some((code) => name === code || name.startsWith(`${code}--`)))
  .sort();

describe('the fixture of each code', () => {
  it('every code of these checks has a fixture with the problem and one without', () => {
    for (const code of OWN_CODES) {
      if (code === 'node-version') continue; // depends on the running Node.js: tested below
      expect(ownFixtures, code).toContain(code);
      expect(
        ownFixtures.some((name) => name.startsWith(`${code}--`)),
        `${code}--clean`,
      ).toBe(true);
    }
  });
});

describe('node-version', () => {
  const real = process.versions.node;
  const asNode = (version: string) => Object.defineProperty(process.versions, 'node', { value: version, configurable: true });

  it('says when the running Node.js is older than the installed Next.js needs, at the next dependency', () => {
    const root = copyTree(path.join(FIXTURES, 'next-version-unsupported--clean'));
    writeTree(root, {
      'node_modules/next/package.json': JSON.stringify({ name: 'next', version: '16.4.6', engines: { node: '>=20.9.0' } }),
    });
    try {
      asNode('20.8.0');
      const findings = run(root, [nodeVersionCheck]);
      expect(findings.map(where)).toEqual([{ code: 'node-version', file: 'package.json', line: 8, column: 5 }]);
      expect(findings[0]!.message).toBe(
        'Next.js 16.4.6 needs Node.js >=20.9.0, and this is Node.js 20.8.0: next dev and next build will refuse to run.',
      );
      asNode('20.9.0');
      expect(run(root, [nodeVersionCheck])).toEqual([]);
    } finally {
      asNode(real);
    }
  });
});

/** The fixture apps as `init`, `add auth-routes` and `add data-client` leave them (see test/cli/*.test.ts). */
const APPS = path.join(REPO, 'test/fixtures/apps');
const EXPECTED = path.join(REPO, 'test/fixtures/expected');

/**
 * Problems of the apps' own config files, which amplify-next does not write: add auth-routes warns about each
 * (redirect URLs the adapter does not pick), and they stay until the user fixes the config or redeploys.
 */
const APP_CONFIG_PROBLEMS: Record<string, Array<ReturnType<typeof where>>> = {
  // redirectSignOut is http://localhost:3000/, not the sign-out callback.
  'next13-pages-ts': [{ code: 'auth-redirect-mismatch', file: 'amplifyconfiguration.json', line: 12, column: 9 }],
  // add auth-routes lists both callbacks first in amplify/auth/resource.ts; amplify_outputs.json changes on the next deploy.
  'next15-gen2-callback-urls-ts': [
    { code: 'auth-redirect-mismatch', file: 'amplify_outputs.json', line: 8, column: 7 },
    { code: 'auth-redirect-mismatch', file: 'amplify_outputs.json', line: 12, column: 7 },
  ],
};

describe('what amplify-next writes gives none of these findings', () => {
  it.each(fs.readdirSync(APPS).sort())('%s after init, add auth-routes and add data-client', (app) => {
    const root = copyTree(path.join(APPS, app));
    const written = new Set<string>();
    for (const step of ['init', 'auth-routes', 'data-client']) {
      const tree = path.join(EXPECTED, step, app);
      if (!fs.existsSync(tree)) continue;
      const before = readTree(root);
      for (const [file, content] of Object.entries(readTree(tree))) if (before[file] !== content) written.add(file);
      fs.cpSync(tree, root, { recursive: true });
    }
    installedLikeInit(root);
    const findings = run(root, OWN_CHECKS).map(where);
    expect(findings.filter((finding) => written.has(finding.file))).toEqual([]);
    expect(findings).toEqual(APP_CONFIG_PROBLEMS[app] ?? []);
  });
});

describe('the fixes of the fixable findings', () => {
  const cases: Array<[string, Check, string, (text: string) => void]> = [
    ['auth-origin-missing', authOriginCheck, '.env.local', (text) => expect(text).toBe('AMPLIFY_APP_ORIGIN=http://localhost:3000\n')],
    [
      'server-cookies-called',
      serverCookiesCallCheck,
      'app/account/page.tsx',
      (text) => expect(text).toContain('    nextServerContext: { cookies },\n'),
    ],
    [
      'server-cookies-called--awaited',
      serverCookiesCallCheck,
      'app/account/page.tsx',
      (text) => expect(text).toContain('    nextServerContext: { cookies },\n'),
    ],
    [
      'next-config-unknown-key',
      nextConfigKeyCheck,
      'next.config.mjs',
      (text) => expect(text).toContain("  serverExternalPackages: ['@aws-crypto'],\n"),
    ],
  ];

  it.each(cases)('%s: the plan fixes it and changes nothing else; a second fix plans nothing', (name, check, file, expectFixed) => {
    const root = copyTree(path.join(FIXTURES, name));
    const before = readTree(root);
    const project = loadDoctorProject(root);
    const findings = check.run(project).filter((finding) => finding.fixable);
    expect(findings.map((finding) => finding.code)).toEqual([name.split('--')[0]]);
    const plan = check.fix!(project, findings, { force: false });
    expect(plan.changes.map((change) => change.path)).toEqual([file]);
    applyChanges(root, plan.changes);
    const after = readTree(root);
    expectFixed(after[file]!);
    expect({ ...after, [file]: undefined }).toEqual({ ...before, [file]: undefined });
    // Only the fixed text differs: the lines around it are byte for byte the same.
    if (before[file] !== undefined) expect(after[file]!.split('\n').length).toBe(before[file]!.split('\n').length);

    const again = loadDoctorProject(root);
    expect(run(root).filter((finding) => finding.fixable)).toEqual([]);
    expect(
      check.fix!(
        again,
        check.run(again).filter((finding) => finding.fixable),
        { force: false },
      ).changes,
    ).toEqual([]);
  });
});
