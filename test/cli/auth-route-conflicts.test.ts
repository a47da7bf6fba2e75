import { afterAll, describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';
import { initialized } from '../helpers/initialized.js';
import { cleanupTrees, readTree, writeTree } from '../helpers/tree.js';

afterAll(cleanupTrees);

describe('add auth-routes never lands beside another route under /api/auth', () => {
  it('NextAuth owns /api/auth: exit 1, one line naming its route, nothing written (with --force too)', () => {
    const root = initialized('next15-nextauth-ts');
    const before = readTree(root);
    for (const flags of [[], ['--force']]) {
      const result = runCli(['add', 'auth-routes', '--yes', ...flags, '--cwd', root]);
      expect(result.exitCode).toBe(1);
      expect(result.stderr.split('\n')[0]).toBe(
        "✖ app/api/auth/[...nextauth]/route.ts already serves /api/auth/* (Auth.js, formerly NextAuth): Amplify's /api/auth/[slug] route beside it would break sign-in for one of the two.",
      );
      expect(result.stderr).toContain('move or remove those routes first');
      expect(readTree(root)).toEqual(before);
    }
    const json = runJson(['add', 'auth-routes', '--yes', '--skip-install', '--cwd', root]);
    expect(json.exitCode).toBe(1);
    expect(json.json.error.message).toContain('app/api/auth/[...nextauth]/route.ts');
  });

  it.each([
    ['a static App Router route named like ours', 'app/api/auth/sign-in/route.ts'],
    ['another dynamic segment', 'app/api/auth/[provider]/route.ts'],
    ['a Pages Router API route at the same path', 'pages/api/auth/[...nextauth].js'],
    ['a Pages Router static route', 'pages/api/auth/session.ts'],
  ])('%s is a conflict', (_, file) => {
    const root = initialized('next14-app-ts');
    writeTree(root, { [file]: 'export function GET() {\n  return new Response(null);\n}\n' });
    const before = readTree(root);
    const result = runCli(['add', 'auth-routes', '--yes', '--skip-install', '--cwd', root]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`${file} already serves /api/auth/*`);
    expect(readTree(root)).toEqual(before);
  });

  it('a module under app/api/auth that is not a route, and our own handler, are no conflict', () => {
    const root = initialized('next14-app-ts');
    writeTree(root, { 'app/api/auth/cookies.ts': 'export const NAME = "x";\n' });
    expect(runCli(['add', 'auth-routes', '--yes', '--skip-install', '--cwd', root]).exitCode).toBe(0);
    const again = runJson(['add', 'auth-routes', '--yes', '--skip-install', '--cwd', root]);
    expect(again.exitCode).toBe(0);
    expect(again.json.outcome).toBe('nothing-to-do');
  });
});
