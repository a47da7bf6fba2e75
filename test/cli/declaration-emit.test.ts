import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/cli.js';
import { cleanupTrees, copyTree } from '../helpers/tree.js';

afterAll(cleanupTrees);

/** Real `tsc` on the project, with the repo's typescript, next, react, aws-amplify and adapter as its packages. */
function typeCheck(root: string): { status: number | null; output: string } {
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const result = spawnSync(process.execPath, [path.join(REPO, 'node_modules/typescript/bin/tsc'), '-p', root, '--noEmit'], { encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('a tsconfig that emits declarations (declaration: true, as create-turbo sets it)', () => {
  it('init and add auth-routes --buttons write modules that tsc accepts', () => {
    const root = copyTree(path.join(REPO, 'test/fixtures/apps/next15-declaration-ts'));
    expect(runCli(['init', '--yes', '--skip-install', '--cwd', root]).exitCode).toBe(0);
    expect(runCli(['add', 'auth-routes', '--yes', '--buttons', '--cwd', root]).exitCode).toBe(0);
    expect(fs.readFileSync(path.join(root, 'src/utils/amplifyServerUtils.ts'), 'utf8')).toContain(
      'export const createAuthRouteHandlers: ServerRunner["createAuthRouteHandlers"] =\n  serverRunner.createAuthRouteHandlers;',
    );
    expect(typeCheck(root)).toEqual({ status: 0, output: '' });
  }, 180_000);

  it('the Pages Router handler type-checks too', () => {
    const root = copyTree(path.join(REPO, 'test/fixtures/apps/next15-declaration-ts'));
    fs.rmSync(path.join(root, 'src/app'), { recursive: true });
    fs.mkdirSync(path.join(root, 'src/pages'));
    fs.writeFileSync(path.join(root, 'src/pages/index.tsx'), 'export default function Home() {\n  return <main>Home</main>;\n}\n');
    expect(runCli(['init', '--yes', '--skip-install', '--cwd', root]).exitCode).toBe(0);
    expect(runCli(['add', 'auth-routes', '--yes', '--cwd', root]).exitCode).toBe(0);
    expect(fs.existsSync(path.join(root, 'src/pages/api/auth/[slug].ts'))).toBe(true);
    expect(typeCheck(root)).toEqual({ status: 0, output: '' });
  }, 180_000);
});
