import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runCli, runJson } from '../helpers/cli.js';
import { standInNpm } from '../helpers/registry.js';
import { cleanupTrees, copyTree, installed, makeTree, readTree, writeTree } from '../helpers/tree.js';

afterAll(cleanupTrees);

const APPS = path.join(REPO, 'test/fixtures/apps');
const RELEASES = JSON.parse(fs.readFileSync(path.join(REPO, 'test/fixtures/adapter-nextjs-releases.json'), 'utf8')) as {
  version: string;
  peerDependencies: Record<string, string>;
}[];
const peers = (version: string) => RELEASES.find((r) => r.version === version)!.peerDependencies;

const UPGRADE = 'npm install aws-amplify@^6.22.1 @aws-amplify/adapter-nextjs@^1.8.0';
const ADAPTER_LINE =
  '@aws-amplify/adapter-nextjs 1.2.11 (installed) → ^1.8.0: too old: server-side sign-in and sign-out of users whose username is an email address (amplify-js#14666, #14781) needs 1.7.3 or later; createAuthRouteHandlers (without it next build fails on the auth routes) needs 1.5.0 or later; Next.js 15 (the first release that accepts it and awaits the async cookies()) needs 1.3.0 or later.';
const RAISE_LINE = 'aws-amplify 6.6.6 (installed) → ^6.22.1: @aws-amplify/adapter-nextjs 1.8.0 needs aws-amplify ^6.21.0.';

/** The app a real lockfile left behind: adapter 1.2.11 and aws-amplify 6.6.6 installed and declared. */
function oldAdapterApp(): string {
  const root = copyTree(path.join(APPS, 'next15-app-src-ts'));
  const file = path.join(root, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  pkg.dependencies['aws-amplify'] = '6.6.6';
  pkg.dependencies['@aws-amplify/adapter-nextjs'] = '^1.2.11';
  fs.writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
  writeTree(root, {
    ...installed('aws-amplify', '6.6.6'),
    ...installed('@aws-amplify/adapter-nextjs', '1.2.11', peers('1.2.11')),
  });
  return root;
}

describe('add auth-routes with an adapter too old for the routes it writes', () => {
  it('says so, upgrades the adapter and raises aws-amplify in one install, then writes the routes', () => {
    const root = oldAdapterApp();
    const npm = standInNpm(0, makeTree({}));
    const { json, stdout, stderr, exitCode } = runJson(['add', 'auth-routes', '--yes', '--cwd', root], { env: npm.env });
    expect(exitCode).toBe(0);
    expect(fs.readFileSync(npm.log, 'utf8')).toBe(`${UPGRADE.replace(/^npm /, '')}\n`);
    expect(json.install).toEqual({ command: UPGRADE, ran: true });
    expect(json.packages.map((p: { name: string; from: string }) => [p.name, p.from])).toEqual([
      ['aws-amplify', '6.6.6 (installed)'],
      ['@aws-amplify/adapter-nextjs', '1.2.11 (installed)'],
    ]);
    expect(json.notes).toContain(ADAPTER_LINE);
    expect(json.notes).toContain(RAISE_LINE);
    expect(stdout + stderr).toContain(`Installed with: ${UPGRADE}`);
    expect(json.created).toContain('src/app/api/auth/[slug]/route.ts');
  });

  it('a failed upgrade writes nothing', () => {
    const root = oldAdapterApp();
    const before = readTree(root);
    const result = runCli(['add', 'auth-routes', '--yes', '--cwd', root], { env: standInNpm(1, makeTree({})).env });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`${UPGRADE} failed; no file was written.`);
    expect(result.stderr).toContain('then run amplify-next add auth-routes again');
    expect(readTree(root)).toEqual(before);
  });

  it('--skip-install writes the routes and prints the exact command; --dry-run decides the same', () => {
    const root = oldAdapterApp();
    const npm = standInNpm(0, makeTree({}));
    const dry = runJson(['add', 'auth-routes', '--yes', '--dry-run', '--cwd', root], { env: npm.env });
    expect(dry.exitCode).toBe(0);
    expect(dry.stdout + dry.stderr).toContain(`Would run: ${UPGRADE}`);
    const skipped = runJson(['add', 'auth-routes', '--yes', '--skip-install', '--cwd', root], { env: npm.env });
    expect(skipped.exitCode).toBe(0);
    expect(skipped.stdout + skipped.stderr).toContain(`Install or upgrade the Amplify packages: ${UPGRADE}`);
    expect(skipped.json.install).toEqual({ command: UPGRADE, ran: false });
    expect(skipped.json.packages).toEqual(dry.json.packages);
    expect(skipped.json.notes).toEqual(dry.json.notes);
    expect(fs.existsSync(npm.log)).toBe(false);
  });

  it('the real run installs what the dry run said, with the same reasons', () => {
    const dryRoot = oldAdapterApp();
    const realRoot = oldAdapterApp();
    const npm = standInNpm(0, makeTree({}));
    const dry = runJson(['add', 'auth-routes', '--yes', '--dry-run', '--cwd', dryRoot], { env: npm.env });
    const real = runJson(['add', 'auth-routes', '--yes', '--cwd', realRoot], { env: npm.env });
    expect(real.json.install).toEqual({ command: dry.json.install.command, ran: true });
    expect(real.json.packages).toEqual(dry.json.packages);
    expect(real.json.notes).toEqual(dry.json.notes);
    expect(fs.readFileSync(npm.log, 'utf8')).toBe(`${dry.json.install.command.replace(/^npm /, '')}\n`);
  });

  it('once the upgrade is installed, a second run plans nothing and asks the registry nothing', () => {
    const root = oldAdapterApp();
    runCli(['add', 'auth-routes', '--yes', '--skip-install', '--cwd', root]);
    writeTree(root, { ...installed('aws-amplify', '6.22.1'), ...installed('@aws-amplify/adapter-nextjs', '1.8.0', peers('1.8.0')) });
    const noRegistry = makeTree({ npm: '#!/bin/sh\necho "no registry here" >&2\nexit 1\n' });
    fs.chmodSync(path.join(noRegistry, 'npm'), 0o755);
    const { json, exitCode } = runJson(['add', 'auth-routes', '--yes', '--cwd', root], {
      env: { PATH: `${noRegistry}${path.delimiter}${process.env.PATH}` },
    });
    expect(exitCode).toBe(0);
    expect(json).toMatchObject({ outcome: 'nothing-to-do', created: [], updated: [], install: null, packages: [] });
  });
});

describe('init checks an installed adapter against what it writes', () => {
  it('Next.js 16 with adapter 1.6.12: upgraded to a release that accepts Next.js 16 and the installed aws-amplify', () => {
    const root = copyTree(path.join(APPS, 'next16-app-src-ts'));
    const file = path.join(root, 'package.json');
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
    Object.assign(pkg.dependencies, { 'aws-amplify': '^6.16.0', '@aws-amplify/adapter-nextjs': '^1.6.12' });
    fs.writeFileSync(file, JSON.stringify(pkg));
    writeTree(root, { ...installed('aws-amplify', '6.16.0'), ...installed('@aws-amplify/adapter-nextjs', '1.6.12', peers('1.6.12')) });
    const { json } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(json.install).toEqual({ command: 'npm install @aws-amplify/adapter-nextjs@1.7.1', ran: false });
    expect(json.notes).toContain(
      '@aws-amplify/adapter-nextjs 1.6.12 (installed) → 1.7.1: too old: Next.js 16 (the first release that accepts it) needs 1.7.0 or later.',
    );
  });

  it('an adapter that is new enough is left alone, without a registry request', () => {
    const root = copyTree(path.join(APPS, 'next15-app-src-ts'));
    const file = path.join(root, 'package.json');
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
    Object.assign(pkg.dependencies, { 'aws-amplify': '^6.15.0', '@aws-amplify/adapter-nextjs': '^1.4.0' });
    fs.writeFileSync(file, JSON.stringify(pkg));
    const noRegistry = makeTree({ npm: '#!/bin/sh\necho "no registry here" >&2\nexit 1\n' });
    fs.chmodSync(path.join(noRegistry, 'npm'), 0o755);
    const { json, exitCode } = runJson(['init', '--yes', '--cwd', root], {
      env: { PATH: `${noRegistry}${path.delimiter}${process.env.PATH}` },
    });
    expect(exitCode).toBe(0);
    expect(json).toMatchObject({ outcome: 'applied', install: null, packages: [] });
  });
});

describe('--dry-run decides as the real run does', () => {
  it("an Amplify v5 app: the dry run fails with the real run's message, writing nothing", () => {
    const root = copyTree(path.join(APPS, 'next14-pages-src-js-middleware'));
    const file = path.join(root, 'package.json');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"aws-amplify": "^6.15.0"', '"aws-amplify": "^5.3.11"'));
    const before = readTree(root);
    const dry = runCli(['init', '--yes', '--dry-run', '--cwd', root]);
    const real = runCli(['init', '--yes', '--cwd', root]);
    const message = 'No @aws-amplify/adapter-nextjs release accepts Next.js 14.2.35 with aws-amplify ^5.3.11.';
    expect([dry.exitCode, real.exitCode]).toEqual([1, 1]);
    expect(dry.stderr).toContain(message);
    expect(real.stderr).toContain(message);
    expect(dry.stdout).not.toContain('Would run');
    expect(readTree(root)).toEqual(before);
  });

  it('an unreachable registry: the dry run fails as the real run would; --skip-install still writes and says why the command names no versions', () => {
    const root = copyTree(path.join(APPS, 'next16-app-src-ts'));
    const noRegistry = makeTree({ npm: '#!/bin/sh\necho "npm error code ENOTFOUND" >&2\nexit 1\n' });
    fs.chmodSync(path.join(noRegistry, 'npm'), 0o755);
    const env = { PATH: `${noRegistry}${path.delimiter}${process.env.PATH}` };
    const before = readTree(root);
    const dry = runCli(['init', '--yes', '--dry-run', '--cwd', root], { env });
    expect(dry.exitCode).toBe(1);
    expect(dry.stderr).toMatch(/Could not read @aws-amplify\/adapter-nextjs@>=1\.0\.0 from the npm registry/);
    expect(readTree(root)).toEqual(before);
    const skipped = runJson(['init', '--yes', '--skip-install', '--cwd', root], { env });
    expect(skipped.exitCode).toBe(0);
    expect(skipped.json.install.command).toBe('npm install aws-amplify @aws-amplify/adapter-nextjs');
    expect(skipped.json.notes.join('\n')).toContain(
      'pick an @aws-amplify/adapter-nextjs release from 1.7.0 on whose peer dependencies accept Next.js 16.4.6',
    );
  });
});

describe('a package that is installed but not declared', () => {
  it("is not the project's: init declares it with the install", () => {
    const root = copyTree(path.join(APPS, 'next16-app-src-ts'));
    writeTree(root, { ...installed('aws-amplify', '6.22.1'), ...installed('@aws-amplify/adapter-nextjs', '1.8.0', peers('1.8.0')) });
    const { json } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(json.install).toEqual({ command: 'npm install aws-amplify @aws-amplify/adapter-nextjs@^1.8.0', ran: false });
  });
});
