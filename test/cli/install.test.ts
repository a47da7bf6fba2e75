import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runCli, runJson } from '../helpers/cli.js';
import { standInNpm } from '../helpers/registry.js';
import { cleanupTrees, copyTree, makeTree, readTree } from '../helpers/tree.js';

afterAll(cleanupTrees);

/** A stand-in `npm` first on PATH: recorded registry data for `npm view`, `npm install` logged and exiting `installExit`. */
function fakeNpm(installExit: number): { env: Record<string, string>; log: string } {
  const npm = standInNpm(installExit, makeTree({}));
  return { env: npm.env, log: npm.log };
}

describe('init installs the Amplify packages', () => {
  const app = path.join(REPO, 'test/fixtures/apps/next15-app-src-ts');

  it('with the detected package manager, the adapter pinned to a release whose peers accept the Next.js version', () => {
    const root = copyTree(app);
    const npm = fakeNpm(0);
    const { json, exitCode } = runJson(['init', '--yes', '--cwd', root], { env: npm.env });
    expect(exitCode).toBe(0);
    expect(fs.readFileSync(npm.log, 'utf8')).toBe('install aws-amplify @aws-amplify/adapter-nextjs@^1.8.0\n');
    expect(json.install).toEqual({ command: 'npm install aws-amplify @aws-amplify/adapter-nextjs@^1.8.0', ran: true });
    expect(json.created).toContain('src/middleware.ts');
  });

  it('a failed install writes no file and prints the command to run by hand', () => {
    const root = copyTree(app);
    const before = readTree(root);
    const result = runCli(['init', '--yes', '--cwd', root], { env: fakeNpm(1).env });
    expect(result.exitCode).toBe(1);
    expect(result.stdout + result.stderr).toContain('npm error code ETARGET');
    expect(result.stderr).toContain('npm install aws-amplify @aws-amplify/adapter-nextjs@^1.8.0 failed; no file was written.');
    expect(readTree(root)).toEqual(before);
  });

  it('--dry-run prints the command and installs nothing', () => {
    const root = copyTree(app);
    const npm = fakeNpm(0);
    const { stdout } = runCli(['init', '--yes', '--dry-run', '--cwd', root], { env: npm.env });
    expect(stdout).toContain('Would run: npm install aws-amplify @aws-amplify/adapter-nextjs@^1.8.0\n');
    expect(fs.existsSync(npm.log)).toBe(false);
  });
});

describe('errors under --json', () => {
  it('a project error is one JSON object on stdout', () => {
    const root = makeTree({ 'package.json': '{ "dependencies": { "next": "17.0.0" } }', 'app/page.js': '' });
    const { json, exitCode } = runJson(['init', '--yes', '--cwd', root]);
    expect(exitCode).toBe(1);
    expect(json).toEqual({
      error: {
        message: 'Next.js 17.0.0 found, but amplify-next supports >=13.5.0 <17.0.0 (Next.js 13.5–16).',
        hint: 'Use amplify-next on a Next.js 13.5–16 app.',
        exitCode: 1,
      },
    });
  });

  it('a usage error is one JSON object on stdout', () => {
    const { json, exitCode } = runJson(['init', '--router', 'both']);
    expect(exitCode).toBe(2);
    expect(json.error.exitCode).toBe(2);
    expect(json.error.message).toContain("argument 'both' is invalid");
  });

  it('a file system error names the file, without a stack trace', () => {
    const root = copyTree(path.join(REPO, 'test/fixtures/apps/next15-app-js'));
    fs.mkdirSync(path.join(root, '.env.local'));
    const result = runCli(['add', 'auth-routes', '--yes', '--cwd', root]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/\.env\.local is a folder, where a file is expected\./);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
