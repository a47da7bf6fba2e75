import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/cli.js';
import { cleanupTrees, copyTree, makeTree, packageJson, writeTree } from '../helpers/tree.js';

afterAll(cleanupTrees);

const PRELOAD = path.join(REPO, 'test/helpers/count-reads.mjs');

interface Counts {
  exitCode: number;
  stderr: string;
  /** How often each file under the root was opened for reading. */
  reads: Map<string, number>;
  /** How often the text each file under the root had before the run was parsed. */
  parses: Map<string, number>;
  /** The same, by file and parser (`pages/index.js jscodeshift`, `pages/index.js project`). */
  parsesByParser: Map<string, number>;
}

/** Every file under `root` by the SHA-1 of its text (what the parse log records). */
function filesByHash(root: string, dir = ''): Map<string, string> {
  const byHash = new Map<string, string>();
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const file = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [hash, inner] of filesByHash(root, file)) byHash.set(hash, inner);
    else if (entry.isFile())
      byHash.set(
        createHash('sha1')
          .update(fs.readFileSync(path.join(root, file), 'utf8'))
          .digest('hex'),
        file,
      );
  }
  return byHash;
}

/** Counts the reads and parses of the project's files in one run of the built CLI. */
function countsOf(root: string, args: string[]): Counts {
  const logs = fs.mkdtempSync(path.join(os.tmpdir(), 'amplify-next-reads-'));
  const readLog = path.join(logs, 'reads.log');
  const parseLog = path.join(logs, 'parses.log');
  const byHash = filesByHash(root);
  const result = runCli(args, {
    env: { NODE_OPTIONS: `--import=${pathToFileURL(PRELOAD).href}`, READ_LOG: readLog, READ_LOG_ROOT: root, PARSE_LOG: parseLog },
  });
  const linesOf = (log: string) => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean) : []);
  const reads = new Map<string, number>();
  for (const file of linesOf(readLog)) reads.set(file, (reads.get(file) ?? 0) + 1);
  const parses = new Map<string, number>();
  const parsesByParser = new Map<string, number>();
  for (const line of linesOf(parseLog)) {
    const [hash, parser] = line.split(' ');
    const file = byHash.get(hash!);
    if (!file) continue;
    parses.set(file, (parses.get(file) ?? 0) + 1);
    parsesByParser.set(`${file} ${parser}`, (parsesByParser.get(`${file} ${parser}`) ?? 0) + 1);
  }
  fs.rmSync(logs, { recursive: true, force: true });
  return { exitCode: result.exitCode, stderr: result.stderr, reads, parses, parsesByParser };
}

const moreThanOnce = (counts: Map<string, number>) =>
  [...counts].filter(([, count]) => count > 1).map(([file, count]) => `${file} (${count}×)`);

describe('each project file is read and parsed once per run', () => {
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
    const { exitCode, stderr, reads, parses } = countsOf(root, ['init', '--dry-run', '--skip-install', '--cwd', root]);
    expect(exitCode, stderr).toBe(0);
    expect(moreThanOnce(reads)).toEqual([]);
    expect(moreThanOnce(parses)).toEqual([]);
    // What init has to look at was looked at: the counter is not blind.
    for (const file of ['package.json', 'tsconfig.json', 'src/app/layout.tsx', 'src/app/page.tsx']) expect(reads.get(file), file).toBe(1);
    // The layout is edited, with the parse detection made of it: the parse counter is not blind either.
    expect(parses.get('src/app/layout.tsx')).toBe(1);
  });

  it('add auth-routes after init reads each file at most once: utils module, guard, layout, config', () => {
    const root = copyTree(path.join(REPO, 'test/fixtures/apps/next15-both-ts'));
    expect(runCli(['init', '--yes', '--skip-install', '--cwd', root]).exitCode).toBe(0);
    writeTree(root, { '.env.development.local': 'OTHER=1\n' });
    const { exitCode, stderr, reads, parses } = countsOf(root, [
      'add',
      'auth-routes',
      '--dry-run',
      '--skip-install',
      '--force',
      '--cwd',
      root,
    ]);
    expect(exitCode, stderr).toBe(0);
    expect(moreThanOnce(reads)).toEqual([]);
    expect(moreThanOnce(parses)).toEqual([]);
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
    const { exitCode, stderr, reads, parses } = countsOf(root, ['add', 'auth-routes', '--dry-run', '--skip-install', '--cwd', root]);
    expect(exitCode, stderr).toBe(0);
    expect(moreThanOnce(reads)).toEqual([]);
    expect(moreThanOnce(parses)).toEqual([]);
    expect(reads.get('amplify/auth/resource.ts')).toBe(1);
    expect(parses.get('amplify/auth/resource.ts')).toBe(1);
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
    const { exitCode, stderr, reads, parses, parsesByParser } = countsOf(root, ['migrate-v5', '--dry-run', '--cwd', root]);
    expect(exitCode, stderr).toBe(0);
    expect(moreThanOnce(reads)).toEqual([]);
    expect(moreThanOnce(parses)).toEqual([]);
    for (const file of ['pages/index.js', 'pages/about.js', 'lib/server.js']) expect(reads.get(file), file).toBe(1);
    // The unit is parsed as `jscodeshift -t` would parse it, and by nothing else.
    expect(parsesByParser.get('pages/index.js jscodeshift')).toBe(1);
    expect(parses.get('pages/index.js')).toBe(1);
  });

  it('migrate-v5 creating the utils module parses a sampled page once per parser: the codemod and the code-style sample', () => {
    const root = makeTree({
      'package.json': packageJson({ next: '14.2.35', 'aws-amplify': '^5.3.0' }),
      'amplify_outputs.json': '{}\n',
      'pages/index.js':
        "import { withSSRContext } from 'aws-amplify';\n\nexport async function getServerSideProps({ req }) {\n  const SSR = withSSRContext({ req });\n  const user = await SSR.Auth.currentAuthenticatedUser();\n  return { props: { username: user.username } };\n}\n\nexport default function Page() {\n  return null;\n}\n",
    });
    const { exitCode, stderr, reads, parsesByParser } = countsOf(root, ['migrate-v5', '--dry-run', '--cwd', root]);
    expect(exitCode, stderr).toBe(0);
    expect(moreThanOnce(reads)).toEqual([]);
    expect(moreThanOnce(parsesByParser)).toEqual([]);
    // The new utils module is written in the style of the app's pages: pages/index.js is one of the samples.
    expect([...parsesByParser.keys()].sort()).toEqual(['pages/index.js jscodeshift', 'pages/index.js project']);
  });
});
