import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { APPS_DIR, INSTALLS_DIR, RUN_DIR } from './paths.js';
import { run } from './run.js';
import { log } from './timing.js';

export interface InstallSpec {
  /** Folder name under INSTALLS_DIR, e.g. `next-15.5.29`. */
  name: string;
  dependencies: Record<string, string>;
  devDependencies?: Record<string, string>;
  /** Installed with a second `npm install <specs>` after the first, as an app would add them later. */
  thenInstall?: string[];
}

const STAMP = '.e2e-install.json';

function sha256(data: string | Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

function hiddenLockfileHash(dir: string): string | null {
  const file = path.join(dir, 'node_modules', '.package-lock.json');
  return fs.existsSync(file) ? sha256(fs.readFileSync(file)) : null;
}

/**
 * One real `npm install` per spec, kept across runs (keyed by the spec and the Node.js version). A kept
 * install is reused only if its hidden lockfile is unchanged, i.e. no app copy wrote through a hard link.
 */
export async function ensureInstall(spec: InstallSpec): Promise<{ dir: string; reused: boolean }> {
  const dir = path.join(INSTALLS_DIR, spec.name);
  const key = sha256(JSON.stringify({ spec, node: process.version, layout: 1 }));
  const stampFile = path.join(dir, STAMP);
  if (fs.existsSync(stampFile)) {
    try {
      const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8')) as { key: string; hiddenLock: string };
      if (stamp.key === key && stamp.hiddenLock === hiddenLockfileHash(dir)) {
        log(`reusing the install in ${dir} (delete it to reinstall)`);
        return { dir, reused: true };
      }
      log(`the install in ${dir} is stale or was modified: reinstalling`);
    } catch {
      // unreadable stamp: reinstall
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const packageJson = {
    name: `e2e-install-${spec.name.replace(/[^a-z0-9-]/gi, '-')}`,
    version: '0.0.0',
    private: true,
    dependencies: spec.dependencies,
    devDependencies: spec.devDependencies ?? {},
  };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(packageJson, null, 2) + '\n');
  await run('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, timeoutMs: 8 * 60_000 });
  if (spec.thenInstall?.length) {
    await run('npm', ['install', '--no-audit', '--no-fund', ...spec.thenInstall], { cwd: dir, timeoutMs: 8 * 60_000 });
  }
  const hiddenLock = hiddenLockfileHash(dir);
  if (!hiddenLock) throw new Error(`npm install in ${dir} left no node_modules/.package-lock.json`);
  fs.writeFileSync(stampFile, JSON.stringify({ key, hiddenLock }, null, 2) + '\n');
  return { dir, reused: false };
}

/** Replaces a hard link with a private copy, so that writing the file cannot change the shared install. */
function unshare(file: string): void {
  if (!fs.existsSync(file)) return;
  const copy = `${file}.e2e-copy`;
  fs.copyFileSync(file, copy);
  fs.rmSync(file);
  fs.renameSync(copy, file);
}

/**
 * A fresh copy of a repo app in RUN_DIR/<copyName> (the app's name unless a suite keeps a copy of its own): node_modules is a hard-linked copy (`cp -al`) of the shared
 * install (a symlinked node_modules breaks builds), the lockfile is a private copy of the install's, and the
 * app's own files are copied over it.
 */
export async function createAppCopy(appName: string, installDir: string, copyName = appName): Promise<string> {
  const source = path.join(APPS_DIR, appName);
  if (fs.existsSync(path.join(source, 'node_modules'))) {
    throw new Error(`${source} has a node_modules folder: the apps are kept without one (delete it).`);
  }
  const dest = path.join(RUN_DIR, copyName);
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(dest, { recursive: true });
  await run('cp', ['-al', path.join(installDir, 'node_modules'), path.join(dest, 'node_modules')], { cwd: dest, timeoutMs: 2 * 60_000 });
  // npm rewrites these in place: give the copy its own.
  unshare(path.join(dest, 'node_modules', '.package-lock.json'));
  fs.copyFileSync(path.join(installDir, 'package-lock.json'), path.join(dest, 'package-lock.json'));
  fs.cpSync(source, dest, { recursive: true });
  return dest;
}

/** Amplify packages an app declares are never part of a shared install (see installSpecFor). */
function isAmplifyPackage(name: string): boolean {
  return name === 'aws-amplify' || name.startsWith('@aws-amplify/');
}

/**
 * The install a group of apps shares: the union of their dependencies (a conflict is an error in the apps),
 * without the Amplify packages they declare: those come from `init` (or the group's `thenInstall`), and an
 * Amplify v5 app's `aws-amplify` ^5 is upgraded in its own copy before anything uses it.
 */
export function installSpecFor(name: string, appNames: string[], thenInstall?: string[]): InstallSpec {
  const dependencies: Record<string, string> = {};
  const devDependencies: Record<string, string> = {};
  for (const app of appNames) {
    const pkg = JSON.parse(fs.readFileSync(path.join(APPS_DIR, app, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    for (const [field, target] of [
      [pkg.dependencies ?? {}, dependencies],
      [pkg.devDependencies ?? {}, devDependencies],
    ] as const) {
      for (const [dep, range] of Object.entries(field)) {
        if (isAmplifyPackage(dep)) continue;
        const existing = dependencies[dep] ?? devDependencies[dep];
        if (existing !== undefined && existing !== range) {
          throw new Error(`Apps sharing the install ${name} disagree on ${dep}: ${existing} vs ${range} (in ${app}).`);
        }
        target[dep] = range;
      }
    }
  }
  return { name, dependencies, devDependencies, thenInstall };
}
