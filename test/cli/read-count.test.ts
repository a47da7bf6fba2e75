import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/cli.js';
import { cleanupTrees, copyTree, makeTree, packageJson, writeTree } from '../helpers/tree.js';

afterAll(cleanupTrees);

const PRELOAD = path.join(REPO, 'test/helpers/count-reads.mjs');

/** How often each file under `root` was opened for reading by one run of the built CLI. */
function readsOf(root: string, args: string[]): { exitCode: number; stderr: string; reads: Map<string, number> } {
  const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'amplify-next-reads-')), 'reads.log');
  const result = runCli(args, {
    env: { NODE_OPTIONS: `--import=${pathToFileURL(PRELOAD).href}`, READ_LOG: log, READ_LOG_ROOT: root },
  });
  const reads = new Map<string, number>();
  const lines = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
  for (const file of lines) reads.set(file, (reads.get(file) ?? 0) + 1);
  fs.rmSync(path.dirname(log), { recursive: true, force: true });
  return { exitCode: result.exitCode, stderr: result.stderr, reads };
}

const readTwice = (reads: Map<string, number>) => [...reads].filter(([, count]) => count > 1).map(([file, count]) => `${file} (${count}×)`);

describe('each project file is read once per run', () => {
  it('the counter sees every read of a file (a file read twice counts twice)', () => {
    const root = copyTree(path.join(REPO, 'test/fixtures/apps/next15-app-js'));
    const log = path.join(root, '..', `${path.basename(root)}.log`);
    const script = `const fs = require('node:fs'); fs.readFileSync('package.json'); fs.readFileSync('package.json', 'utf8'); fs.closeSync(fs.openSync('app/page.js', 'r'));`;
    spawnSync(process.execPath, ['-e', script], {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: `--import=${pathToFileURL(PRELOAD).href}`, READ_LOG: log, READ_LOG_ROOT: root },
    });
    expect(fs.readFileSync(log, 'utf8')).toBe('package.json\npackage.json\napp/page.js\n');
    fs.rmSync(log);
  });

  it('init reads and parses each file of an App + Pages Router app at most once', () => {
    const root = copyTree(path.join(REPO, 'test/fixtures/apps/next15-both-ts'));
    const { exitCode, stderr, reads } = readsOf(root, ['init', '--dry-run', '--skip-install', '--cwd', root]);
    expect(exitCode, stderr).toBe(0);
    expect(readTwice(reads)).toEqual([]);
    // What init has to look at was looked at: the counter is not blind.
    for (const file of ['package.json', 'tsconfig.json', 'src/app/layout.tsx', 'src/app/page.tsx']) expect(reads.get(file), file).toBe(1);
  });

  it('add auth-routes after init reads each file at most once: utils module, guard, layout, config', () => {
    const root = copyTree(path.join(REPO, 'test/fixtures/apps/next15-both-ts'));
    expect(runCli(['init', '--yes', '--skip-install', '--cwd', root]).exitCode).toBe(0);
    writeTree(root, { '.env.development.local': 'OTHER=1\n' });
    const { exitCode, stderr, reads } = readsOf(root, ['add', 'auth-routes', '--dry-run', '--skip-install', '--force', '--cwd', root]);
    expect(exitCode, stderr).toBe(0);
    expect(readTwice(reads)).toEqual([]);
    for (const file of [
      'src/utils/amplifyServerUtils.ts',
      'src/middleware.ts',
      'tsconfig.json',
      'amplify_outputs.json',
      '.env.development.local',
    ]) {
      expect(reads.get(file), file).toBe(1);
    }
  });

  it('add auth-routes on a Gen 2 backend reads its auth resource once while editing it', () => {
    const root = copyTree(path.join(REPO, 'test/fixtures/apps/next15-gen2-callback-urls-ts'));
    const { exitCode, stderr, reads } = readsOf(root, ['add', 'auth-routes', '--dry-run', '--skip-install', '--cwd', root]);
    expect(exitCode, stderr).toBe(0);
    expect(readTwice(reads)).toEqual([]);
    expect(reads.get('amplify/auth/resource.ts')).toBe(1);
  });

  it('migrate-v5 reads each source file once, also when it looks for a utils module under another name', () => {
    const root = makeTree({
      'package.json': packageJson({ next: '14.2.35', 'aws-amplify': '^5.3.0' }),
      'amplify_outputs.json': '{}\n',
      'pages/index.js':
        "import { withSSRContext } from 'aws-amplify';\n\nexport async function getServerSideProps({ req }) {\n  const SSR = withSSRContext({ req });\n  const user = await SSR.Auth.currentAuthenticatedUser();\n  return { props: { username: user.username } };\n}\n\nexport default function Page() {\n  return null;\n}\n",
      'pages/about.js': 'export default function About() {\n  return null;\n}\n',
      'lib/server.js':
        "import { createServerRunner } from '@aws-amplify/adapter-nextjs';\nimport config from '../amplify_outputs.json';\n\nexport const { runWithAmplifyServerContext } = createServerRunner({ config });\n",
    });
    const { exitCode, stderr, reads } = readsOf(root, ['migrate-v5', '--dry-run', '--cwd', root]);
    expect(exitCode, stderr).toBe(0);
    expect(readTwice(reads)).toEqual([]);
    for (const file of ['pages/index.js', 'pages/about.js', 'lib/server.js']) expect(reads.get(file), file).toBe(1);
  });
});
