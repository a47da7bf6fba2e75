// End-to-end for `add data-client`: a Gen 2-shaped Next.js 15 app (App Router + Pages Router) with an
// amplify/data/resource.ts and the real @aws-amplify/backend installed, so `Schema` resolves as in a user's
// app. The built CLI runs `init` and `add data-client --example`; then `tsc` (a model the schema lacks must
// be a type error) and `next build`. A call to the Data endpoint is not possible offline: the types and the
// build are the proof.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppCopy, ensureInstall } from './lib/install-cache.js';
import { CLI_BIN, REPO_ROOT } from './lib/paths.js';
import { run, type RunResult } from './lib/run.js';
import { printSummary, step } from './lib/timing.js';

const APP = 'next15-data-ts';

function cli(dir: string, args: string[]): Promise<RunResult> {
  return run(process.execPath, [CLI_BIN, ...args, '--cwd', dir], { cwd: dir, timeoutMs: 5 * 60_000 });
}

function tsc(dir: string, allowFailure = false): Promise<RunResult> {
  return run(process.execPath, [path.join(dir, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', 'tsconfig.json'], {
    cwd: dir,
    timeoutMs: 5 * 60_000,
    allowFailure,
  });
}

/** The app's own install: its package.json as it is (Amplify packages and @aws-amplify/backend included). */
function installSpec() {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'test', 'e2e', 'apps', APP, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  return { name: `${APP}-install`, dependencies: pkg.dependencies, devDependencies: pkg.devDependencies };
}

beforeAll(() => {
  if (!fs.existsSync(path.join(REPO_ROOT, 'dist', 'src', 'cli.js')))
    throw new Error('The CLI is not built: run `npm run build` (npm run test:e2e does it).');
});

afterAll(() => printSummary());

describe(`add data-client on a Gen 2 app [${APP}]`, () => {
  let dir = '';

  it('installs the app (next 15, aws-amplify, the adapter, @aws-amplify/backend)', async () => {
    await step(`${APP} › install`, async () => {
      const install = await ensureInstall(installSpec());
      dir = await createAppCopy(APP, install.dir);
    });
    expect(fs.existsSync(path.join(dir, 'node_modules', '@aws-amplify', 'backend', 'package.json'))).toBe(true);
  });

  it('init, then add data-client --example writes typed clients and one example per router; a second run plans nothing', async () => {
    await step(`${APP} › cli`, async () => {
      await cli(dir, ['init', '--yes', '--skip-install']);
      const first = JSON.parse((await cli(dir, ['add', 'data-client', '--yes', '--example', '--json'])).stdout);
      expect(first).toMatchObject({ outcome: 'applied', backend: 'gen2', typed: true, authMode: 'userPool' });
      expect(first.created).toEqual(['utils/amplifyCookiesClient.ts', 'app/data-example/page.tsx', 'pages/data-example-pages.tsx']);
      expect(first.updated).toEqual(['utils/amplifyServerUtils.ts']);
      const second = JSON.parse((await cli(dir, ['add', 'data-client', '--yes', '--example', '--json'])).stdout);
      expect(second).toMatchObject({ outcome: 'nothing-to-do', created: [], updated: [] });
    });
  });

  it('tsc passes, and a model the schema does not have is a type error', async () => {
    await step(`${APP} › tsc`, async () => {
      await tsc(dir);
      const page = path.join(dir, 'app', 'data-example', 'page.tsx');
      const text = fs.readFileSync(page, 'utf8');
      fs.writeFileSync(page, text.replace('.models.Todo.list(', '.models.Todoo.list('));
      const wrong = await tsc(dir, true);
      fs.writeFileSync(page, text);
      expect(wrong.code).not.toBe(0);
      expect(wrong.stdout).toContain("app/data-example/page.tsx(7,55): error TS2551: Property 'Todoo' does not exist on type");
    });
  });

  it('next build passes with both example routes rendered on demand', async () => {
    await step(`${APP} › next build`, async () => {
      const build = await run(process.execPath, [path.join(dir, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
        cwd: dir,
        timeoutMs: 10 * 60_000,
        tailLines: 60,
      });
      expect(build.stdout).toMatch(/ƒ \/data-example\b/);
      expect(build.stdout).toMatch(/ƒ \/data-example-pages\b/);
    });
  });
});
