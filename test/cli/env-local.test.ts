import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runCli, runJson } from '../helpers/cli.js';
import { cleanupTrees, copyTree, readTree, writeTree } from '../helpers/tree.js';

afterAll(cleanupTrees);

const APP = path.join(REPO, 'test/fixtures/apps/next15-app-js');
const { loadEnvConfig } = createRequire(import.meta.url)('@next/env') as {
  loadEnvConfig(dir: string, dev: boolean, log: object, forceReload: boolean): { parsedEnv: Record<string, string> };
};

/** A copy of the fixture app with this `.env.local` (written byte for byte). */
function appWithEnv(env: string, more: Record<string, string> = {}): string {
  const root = copyTree(APP);
  writeTree(root, { '.env.local': env, ...more });
  return root;
}

const envOf = (root: string) => fs.readFileSync(path.join(root, '.env.local'), 'utf8');

/** What Next.js (in development) reads from the project's env files. */
function nextReads(root: string): Record<string, string> {
  const mode = process.env.NODE_ENV;
  process.env.NODE_ENV = 'development';
  try {
    const { parsedEnv } = loadEnvConfig(root, true, { info() {}, error() {} }, true);
    for (const key of Object.keys(parsedEnv)) delete process.env[key];
    return { ...parsedEnv };
  } finally {
    process.env.NODE_ENV = mode;
  }
}

const CERT = 'PRIVATE_KEY="-----BEGIN KEY-----\nAMPLIFY_APP_ORIGIN=http://inside.example.com\n-----END KEY-----"\n';

describe('add auth-routes sets AMPLIFY_APP_ORIGIN in .env.local as Next.js reads it', () => {
  it('a line inside a multi-line quoted value is not a variable: the origin is appended, the value kept', () => {
    const root = appWithEnv(CERT);
    const { json, exitCode } = runJson(['add', 'auth-routes', '--yes', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(json.updated).toContain('.env.local');
    expect(envOf(root)).toBe(`${CERT}AMPLIFY_APP_ORIGIN=http://localhost:3000\n`);
    expect(nextReads(root)).toMatchObject({
      AMPLIFY_APP_ORIGIN: 'http://localhost:3000',
      PRIVATE_KEY: expect.stringContaining('http://inside.example.com'),
    });
  });

  it('--force on a quoted multi-line value leaves the value alone', () => {
    const root = appWithEnv(`${CERT}AMPLIFY_APP_ORIGIN=http://old.example.com\n`);
    runCli(['add', 'auth-routes', '--yes', '--force', '--origin', 'https://new.example.com', '--cwd', root]);
    expect(envOf(root)).toBe(`${CERT}AMPLIFY_APP_ORIGIN=https://new.example.com\n`);
  });

  it('--force changes only the value: every line ending of a mixed-EOL file stays', () => {
    const before = '# keys\r\nA=1\nexport AMPLIFY_APP_ORIGIN = "http://old.example.com" # dev\r\nB=2\rC=3\n';
    const root = appWithEnv(before);
    const result = runCli(['add', 'auth-routes', '--yes', '--force', '--origin', 'https://new.example.com', '--cwd', root]);
    expect(result.exitCode).toBe(0);
    expect(envOf(root)).toBe(before.replace('http://old.example.com', 'https://new.example.com'));
    expect(nextReads(root)).toEqual({ A: '1', AMPLIFY_APP_ORIGIN: 'https://new.example.com', B: '2', C: '3' });
  });

  it('--dry-run shows the same one-value change, and a second run plans nothing for .env.local', () => {
    const before = 'A=1\r\nAMPLIFY_APP_ORIGIN=http://old.example.com\nB=2\r\n';
    const root = appWithEnv(before);
    const args = ['add', 'auth-routes', '--yes', '--force', '--origin', 'https://new.example.com', '--cwd', root];
    const dry = runCli([...args, '--dry-run']);
    expect(dry.exitCode).toBe(0);
    expect(dry.stdout).toContain('-AMPLIFY_APP_ORIGIN=http://old.example.com');
    expect(dry.stdout).toContain('+AMPLIFY_APP_ORIGIN=https://new.example.com');
    expect(envOf(root)).toBe(before);

    runCli(args);
    expect(envOf(root)).toBe('A=1\r\nAMPLIFY_APP_ORIGIN=https://new.example.com\nB=2\r\n');
    const again = runJson(args);
    expect(again.json.updated).not.toContain('.env.local');
    expect(again.json.skipped.map((s: { path: string }) => s.path)).not.toContain('.env.local');
  });

  it('with a duplicate key, the last one (the one Next.js uses) is the one compared and replaced', () => {
    const before = 'AMPLIFY_APP_ORIGIN=http://localhost:3000\nAMPLIFY_APP_ORIGIN=http://last.example.com\n';
    const root = appWithEnv(before);
    const kept = runJson(['add', 'auth-routes', '--yes', '--cwd', root]);
    expect(kept.json.skipped).toContainEqual({
      path: '.env.local',
      reason: 'AMPLIFY_APP_ORIGIN is http://last.example.com, not http://localhost:3000; kept (--force replaces it)',
    });
    expect(envOf(root)).toBe(before);

    runCli(['add', 'auth-routes', '--yes', '--force', '--cwd', root]);
    expect(envOf(root)).toBe('AMPLIFY_APP_ORIGIN=http://localhost:3000\nAMPLIFY_APP_ORIGIN=http://localhost:3000\n');
    expect(nextReads(root).AMPLIFY_APP_ORIGIN).toBe('http://localhost:3000');
  });

  it('appends with the line ending the file uses, CR included', () => {
    const root = appWithEnv('A=1\rB=2');
    runCli(['add', 'auth-routes', '--yes', '--cwd', root]);
    expect(envOf(root)).toBe('A=1\rB=2\rAMPLIFY_APP_ORIGIN=http://localhost:3000\r');
    expect(nextReads(root)).toEqual({ A: '1', B: '2', AMPLIFY_APP_ORIGIN: 'http://localhost:3000' });
  });

  it('the same value in another form (export, quotes, a comment) is the same: nothing changes', () => {
    const before = "export AMPLIFY_APP_ORIGIN='http://localhost:3000' # local\r\n";
    const root = appWithEnv(before);
    const { json } = runJson(['add', 'auth-routes', '--yes', '--cwd', root]);
    expect(json.updated).not.toContain('.env.local');
    expect(json.skipped.map((s: { path: string }) => s.path)).not.toContain('.env.local');
    expect(envOf(root)).toBe(before);
  });

  it('a kept multi-line value is reported on one line', () => {
    const root = appWithEnv('AMPLIFY_APP_ORIGIN="http://a.example.com\nhttp://b.example.com"\n');
    const { json } = runJson(['add', 'auth-routes', '--yes', '--cwd', root]);
    expect(json.skipped).toContainEqual({
      path: '.env.local',
      reason: 'AMPLIFY_APP_ORIGIN is "http://a.example.com\\nhttp://b.example.com", not http://localhost:3000; kept (--force replaces it)',
    });
  });

  it('says when .env.development.local sets another origin, which Next.js reads first', () => {
    const root = appWithEnv('', { '.env.development.local': 'AMPLIFY_APP_ORIGIN=http://localhost:4000\n' });
    const before = readTree(root);
    const { json } = runJson(['add', 'auth-routes', '--yes', '--cwd', root]);
    expect(json.notes).toContain(
      '.env.development.local sets AMPLIFY_APP_ORIGIN=http://localhost:4000, and Next.js reads it before .env.local: change it there too.',
    );
    expect(readTree(root)['.env.development.local']).toBe(before['.env.development.local']);
  });
});
