import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/cli.js';
import { cleanupTrees, copyTree } from '../helpers/tree.js';

afterAll(cleanupTrees);

/** The project's formatter check, run with the real tool (the repo's devDependency) in the project. */
const CHECKS: Record<string, string[]> = {
  'next15-biome-ts': [path.join(REPO, 'node_modules/@biomejs/biome/bin/biome'), 'check', '.'],
  'next15-prettier-ts': [path.join(REPO, 'node_modules/prettier/bin/prettier.cjs'), '--check', '.'],
};

function check(app: string, root: string): { status: number | null; output: string } {
  const [bin, ...args] = CHECKS[app]!;
  const result = spawnSync(process.execPath, [bin!, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe.each(Object.keys(CHECKS))('the formatter of %s', (app) => {
  it('still passes after init and add auth-routes --buttons', () => {
    const root = copyTree(path.join(REPO, 'test/fixtures/apps', app));
    expect(check(app, root).status).toBe(0);
    expect(runCli(['init', '--yes', '--skip-install', '--cwd', root]).exitCode).toBe(0);
    expect(runCli(['add', 'auth-routes', '--yes', '--buttons', '--cwd', root]).exitCode).toBe(0);
    const after = check(app, root);
    expect(after.output).not.toMatch(/would have printed|Sort these imports|\[warn\]/);
    expect(after.status).toBe(0);
  }, 120_000);
});

describe('the Biome project with a tsconfig that emits declarations', () => {
  it('passes biome check with the separately typed createAuthRouteHandlers', () => {
    const app = 'next15-biome-ts';
    const root = copyTree(path.join(REPO, 'test/fixtures/apps', app));
    const tsconfig = path.join(root, 'tsconfig.json');
    fs.writeFileSync(tsconfig, fs.readFileSync(tsconfig, 'utf8').replace('"strict": true,', '"strict": true,\n    "declaration": true,'));
    expect(runCli(['init', '--yes', '--skip-install', '--cwd', root]).exitCode).toBe(0);
    expect(runCli(['add', 'auth-routes', '--yes', '--cwd', root]).exitCode).toBe(0);
    expect(fs.readFileSync(path.join(root, 'utils/amplifyServerUtils.ts'), 'utf8')).toContain('const serverRunner = createServerRunner({');
    const after = check(app, root);
    expect(after.output).not.toMatch(/would have printed|Sort these imports/);
    expect(after.status).toBe(0);
  }, 120_000);
});

describe("the Biome project with Biome's default formatter settings (tabs)", () => {
  it('passes biome check after init and add auth-routes --buttons', () => {
    const app = 'next15-biome-ts';
    const root = copyTree(path.join(REPO, 'test/fixtures/apps', app));
    const config = JSON.parse(fs.readFileSync(path.join(root, 'biome.json'), 'utf8'));
    config.formatter = { enabled: true };
    fs.writeFileSync(path.join(root, 'biome.json'), JSON.stringify(config, null, 2));
    const [bin] = CHECKS[app]!;
    spawnSync(process.execPath, [bin!, 'check', '--write', '.'], { cwd: root });
    expect(check(app, root).status).toBe(0);
    expect(runCli(['init', '--yes', '--skip-install', '--cwd', root]).exitCode).toBe(0);
    expect(runCli(['add', 'auth-routes', '--yes', '--buttons', '--cwd', root]).exitCode).toBe(0);
    expect(fs.readFileSync(path.join(root, 'middleware.ts'), 'utf8')).toContain('\n\tconst response = NextResponse.next();');
    const after = check(app, root);
    expect(after.output).not.toMatch(/would have printed|Sort these imports/);
    expect(after.status).toBe(0);
  }, 120_000);
});
