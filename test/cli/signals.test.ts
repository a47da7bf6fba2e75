import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';
import { runPaused, startCli } from '../helpers/paused-cli.js';
import { snapshot, tempFiles } from '../helpers/snapshot.js';
import { cleanupTrees, copyTree, makeTree, packageJson, readTree } from '../helpers/tree.js';

afterAll(cleanupTrees);

const APP = path.join(REPO, 'test/fixtures/apps/next15-app-js');
const EXPECTED = path.join(REPO, 'test/fixtures/expected/init/next15-app-js');
const INIT = ['init', '--yes', '--skip-install'];
const PLANNED = 'utils/amplifyServerUtils.js, components/ConfigureAmplifyClientSide.js, app/layout.js, middleware.js';

describe.each([
  ['SIGTERM', 143],
  ['SIGINT', 130],
  ['SIGHUP', 129],
] as const)('%s during the write phase', (signal, code) => {
  it('finishes the plan, leaves no temp file, says what was written and exits with the signal code', async () => {
    const root = copyTree(APP);
    const run = runPaused([...INIT, '--cwd', root], 2);
    await run.paused;
    process.kill(run.pid, signal);
    await run.release();
    const { exitCode, stderr } = await run.result;
    expect(exitCode).toBe(code);
    expect(stderr).toContain(`Stopped by ${signal} after the write phase had finished: all 4 planned files were written (${PLANNED}).`);
    expect(stderr).not.toContain('Nothing was written');
    expect(readTree(root)).toEqual({ ...readTree(APP), ...readTree(EXPECTED) });
    expect(tempFiles(root)).toEqual([]);
  });
});

describe('a file saved between the plan and the write', () => {
  it('is left as the user saved it, and every other file of the plan is rolled back', async () => {
    const root = copyTree(APP);
    const before = snapshot(root);
    // Rename 3 is app/layout.js; the utils module and the component are already in place by then.
    const run = runPaused([...INIT, '--cwd', root], 3);
    await run.paused;
    fs.appendFileSync(path.join(root, 'app/layout.js'), '// saved by the user\n');
    const saved = snapshot(root)['app/layout.js'];
    await run.release();
    const { exitCode, stderr } = await run.result;
    expect(exitCode).toBe(1);
    expect(stderr).toContain(
      'app/layout.js changed while amplify-next was writing: it is left as you saved it, and the rest of the plan was rolled back: nothing else was changed.',
    );
    expect(snapshot(root)).toEqual({ ...before, 'app/layout.js': saved });
    expect(tempFiles(root)).toEqual([]);
  });

  it('a file saved again after it was written is left as saved too, and named', async () => {
    const root = copyTree(APP);
    const run = runPaused([...INIT, '--cwd', root], 3);
    await run.paused;
    fs.appendFileSync(path.join(root, 'utils/amplifyServerUtils.js'), '// edited right after\n');
    fs.appendFileSync(path.join(root, 'app/layout.js'), '// saved by the user\n');
    await run.release();
    const { exitCode, stderr } = await run.result;
    expect(exitCode).toBe(1);
    expect(stderr).toContain(
      'the rest of the plan was rolled back except utils/amplifyServerUtils.js, saved again after amplify-next wrote it (left as saved).',
    );
    expect(fs.readFileSync(path.join(root, 'utils/amplifyServerUtils.js'), 'utf8')).toMatch(
      /createServerRunner[\s\S]*edited right after\n$/,
    );
    expect(fs.existsSync(path.join(root, 'components'))).toBe(false);
    expect(tempFiles(root)).toEqual([]);
  });
});

const V5_PAGE_FOR_EDIT = (name: string) => `import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  return { props: { name: '${name}', user: await SSR.Auth.currentAuthenticatedUser() } };
}
`;

describe('a file saved during a migrate-v5 write phase', () => {
  it('is kept as saved; the files migrated before it are put back and the utils module is not created', async () => {
    const root = makeTree({
      'package.json': packageJson({ next: '14.2.35', 'aws-amplify': '^6.0.0' }),
      'amplify_outputs.json': '{}\n',
      'pages/a.js': V5_PAGE_FOR_EDIT('a'),
      'pages/b.js': V5_PAGE_FOR_EDIT('b'),
      'pages/c.js': V5_PAGE_FOR_EDIT('c'),
    });
    const before = snapshot(root);
    const run = runPaused(['migrate-v5', '--yes', '--cwd', root], 2);
    await run.paused;
    fs.appendFileSync(path.join(root, 'pages/b.js'), '// a line the user added\n');
    const saved = snapshot(root)['pages/b.js'];
    await run.release();
    const { exitCode, stderr } = await run.result;
    expect(exitCode).toBe(1);
    expect(stderr).toContain(
      'pages/b.js changed while amplify-next was writing: it is left as you saved it, and the rest of the plan was rolled back: nothing else was changed.',
    );
    expect(snapshot(root)).toEqual({ ...before, 'pages/b.js': saved });
  });
});

const V5_PAGE = `import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  return { props: { username: user.username } };
}
`;

describe('a 4,000-file migrate-v5', () => {
  it('stopped by SIGTERM in the middle of its renames ends with every file migrated and no temp file', async () => {
    const pages = Object.fromEntries(Array.from({ length: 4000 }, (_, i) => [`pages/p${i}.js`, V5_PAGE]));
    const root = makeTree({
      'package.json': packageJson({ next: '14.2.35', 'aws-amplify': '^6.0.0' }),
      'amplify_outputs.json': '{}\n',
      ...pages,
    });
    const run = runPaused(['migrate-v5', '--yes', '--cwd', root], 2000);
    await run.paused;
    process.kill(run.pid, 'SIGTERM');
    await run.release();
    const { exitCode, stderr } = await run.result;
    expect(exitCode).toBe(143);
    expect(stderr).toMatch(
      /Stopped by SIGTERM after the write phase had finished: all 4001 planned files were written \(pages\/p0\.js, .* and 3981 more\)\./,
    );
    const files = Object.entries(readTree(root)).filter(([file]) => file.startsWith('pages/'));
    expect(files).toHaveLength(4000);
    expect(files.filter(([, content]) => content.includes('withSSRContext'))).toEqual([]);
    expect(fs.existsSync(path.join(root, 'utils/amplifyServerUtils.js'))).toBe(true);
    expect(tempFiles(root)).toEqual([]);
  }, 120_000);
});

describe('a signal before the write phase', () => {
  /** A package manager that changes package.json, says so, then takes its time. */
  function slowNpm(): { env: Record<string, string>; started: string; finished: string } {
    const bin = makeTree({});
    const started = path.join(bin, 'started');
    const finished = path.join(bin, 'finished');
    const releases = path.join(REPO, 'test/fixtures/adapter-nextjs-releases.json');
    fs.writeFileSync(
      path.join(bin, 'npm'),
      `#!/bin/sh
if [ "$1" = "view" ]; then cat '${releases}'; exit 0; fi
sed -i 's/"dependencies": {/"dependencies": {\\n    "aws-amplify": "^6.0.0",/' package.json
touch '${started}'
sleep 20 </dev/null >/dev/null 2>&1
touch '${finished}'
`,
      { mode: 0o755 },
    );
    return { env: { PATH: `${bin}${path.delimiter}${process.env.PATH}` }, started, finished };
  }

  it('during the install: stops it, writes no file of the plan, and says what the install had changed', async () => {
    const root = copyTree(APP);
    const npm = slowNpm();
    const before = readTree(root);
    const run = startCli(['init', '--yes', '--cwd', root], npm.env);
    for (let waited = 0; !fs.existsSync(npm.started) && waited < 30_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    process.kill(run.pid, 'SIGTERM');
    const { exitCode, stderr } = await run.result;
    expect(exitCode).toBe(143);
    expect(stderr).toContain(
      'Stopped by SIGTERM: no file of the plan was written. `npm install aws-amplify @aws-amplify/adapter-nextjs@^1.8.0` had already changed package.json (and node_modules).',
    );
    const after = readTree(root);
    expect(after['package.json']).toContain('"aws-amplify": "^6.0.0"');
    expect({ ...after, 'package.json': before['package.json'] }).toEqual(before);
    expect(fs.existsSync(npm.finished)).toBe(false);
  }, 60_000);
});
