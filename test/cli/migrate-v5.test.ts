import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';
import { cleanupTrees, makeTree, packageJson, readTree } from '../helpers/tree.js';

afterAll(cleanupTrees);

const GSSP = `import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  return { props: { username: user.username } };
}

export default function Page({ username }) {
  return <p>{username}</p>;
}
`;

const GRAPHQL_API = `import { withSSRContext } from 'aws-amplify';
import { listTodos } from '../../graphql/queries';

export default async function handler(req, res) {
  const SSR = withSSRContext({ req });
  const { data } = await SSR.API.graphql({ query: listTodos });
  res.status(200).json(data.listTodos.items);
}
`;

const DATASTORE = `import { withSSRContext } from 'aws-amplify';
import { Post } from '../models';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const posts = await SSR.DataStore.query(Post);
  return { props: { count: posts.length } };
}

export default function Posts({ count }) {
  return <p>{count}</p>;
}
`;

function git(root: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A v5 Pages Router app in a git repository with everything committed. */
function v5App(extra: Record<string, string> = {}): string {
  const root = makeTree({
    'package.json': packageJson({ next: '14.2.35', 'aws-amplify': '^5.3.0', react: '^18.2.0' }),
    'jsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./*"] } } }\n',
    'amplify_outputs.json': '{}\n',
    'pages/index.js': GSSP,
    'pages/about.js': 'export default function About() {\n  return <p>About</p>;\n}\n',
    ...extra,
  });
  git(root, 'init', '-q');
  git(root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '-A');
  git(root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'v5 app');
  return root;
}

describe('migrate-v5 on a git repository', () => {
  it('migrates, creates the utils module, reports totals, and a second run changes nothing', () => {
    const root = v5App();
    const first = runJson(['migrate-v5', '--yes', '--cwd', root]);
    expect(first.exitCode).toBe(0);
    expect(first.json.filesChanged).toEqual(['pages/index.js']);
    expect(first.json.otherChanges).toEqual([{ path: 'utils/amplifyServerUtils.js', kind: 'create' }]);
    expect(first.json.totals).toMatchObject({ scanned: 2, changed: 1, unchanged: 1, errors: 0 });
    const page = fs.readFileSync(path.join(root, 'pages/index.js'), 'utf8');
    expect(page).toContain("from '@/utils/amplifyServerUtils'");
    expect(page).toContain('runWithAmplifyServerContext');
    expect(page).toContain('nextServerContext: { request: req, response: res }');
    expect(page).not.toContain('withSSRContext');
    expect(fs.readFileSync(path.join(root, 'utils/amplifyServerUtils.js'), 'utf8')).toContain('createServerRunner');

    git(root, 'add', '-A');
    git(root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'migrated');
    const second = runJson(['migrate-v5', '--yes', '--cwd', root]);
    expect(second.json.filesChanged).toEqual([]);
    expect(second.json.otherChanges).toEqual([]);
    expect(git(root, 'status', '--porcelain')).toBe('');
  });

  it('refuses a dirty tree without --force, changing nothing; --dry-run is allowed', () => {
    const root = v5App();
    fs.appendFileSync(path.join(root, 'pages/about.js'), '// wip\n');
    const before = readTree(root);
    const refused = runCli(['migrate-v5', '--yes', '--cwd', root]);
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toMatch(/uncommitted changes \(1 path\)/);
    expect(readTree(root)).toEqual(before);

    const dry = runCli(['migrate-v5', '--yes', '--dry-run', '--cwd', root]);
    expect(dry.exitCode).toBe(0);
    expect(dry.stdout).toMatch(/^\+\+\+ b\/pages\/index\.js$/m);
    expect(dry.stdout).toContain('Dry run: nothing was written.');
    expect(readTree(root)).toEqual(before);

    const forced = runCli(['migrate-v5', '--yes', '--force', '--cwd', root]);
    expect(forced.exitCode).toBe(0);
    expect(fs.readFileSync(path.join(root, 'pages/index.js'), 'utf8')).toContain('runWithAmplifyServerContext');
  });

  it('reports a file that fails to parse, migrates the others, and exits 3', () => {
    const root = v5App({
      'pages/broken.js': "import { withSSRContext } from 'aws-amplify';\nexport async function getServerSideProps({ req ) {}\n",
    });
    const { json, exitCode } = runJson(['migrate-v5', '--yes', '--cwd', root]);
    expect(exitCode).toBe(3);
    expect(json.filesChanged).toEqual(['pages/index.js']);
    expect(json.errors).toHaveLength(1);
    expect(json.errors[0].file).toBe('pages/broken.js');
    expect(json.errors[0].message).toMatch(/^2:\d+: /);
    expect(fs.readFileSync(path.join(root, 'pages/broken.js'), 'utf8')).toContain('withSSRContext');
  });

  it('keeps CRLF line endings', () => {
    const root = v5App({ 'pages/crlf.js': GSSP.replace(/\n/g, '\r\n') });
    runCli(['migrate-v5', '--yes', '--cwd', root]);
    const out = fs.readFileSync(path.join(root, 'pages/crlf.js'), 'utf8');
    expect(out).toContain('runWithAmplifyServerContext');
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('skips node_modules, build output and what .gitignore ignores', () => {
    const ignoredCopies = {
      'node_modules/lib/index.js': GSSP,
      '.next/server/page.js': GSSP,
      'dist/page.js': GSSP,
      'build/page.js': GSSP,
      'out/page.js': GSSP,
      'generated/page.js': GSSP,
      'pages/local.gen.js': GSSP,
      '.gitignore': 'generated/\n*.gen.js\n',
    };
    const root = v5App(ignoredCopies);
    const { json } = runJson(['migrate-v5', '--yes', '--cwd', root]);
    expect(json.filesChanged).toEqual(['pages/index.js']);
    expect(json.totals.scanned).toBe(2);
    for (const file of Object.keys(ignoredCopies).filter((f) => f !== '.gitignore')) {
      expect(fs.readFileSync(path.join(root, file), 'utf8')).toBe(GSSP);
    }
  });

  it('migrates only the given paths', () => {
    const root = v5App({ 'lib/server.js': GSSP });
    const { json } = runJson(['migrate-v5', '--yes', 'lib', '--cwd', root]);
    expect(json.filesChanged).toEqual(['lib/server.js']);
    expect(fs.readFileSync(path.join(root, 'pages/index.js'), 'utf8')).toBe(GSSP);
  });

  it('adds reqResBasedClient to an existing utils module when GraphQL calls are migrated', () => {
    const root = v5App({
      'pages/api/todos.js': GRAPHQL_API,
      'utils/amplifyServerUtils.js':
        "import { createServerRunner } from '@aws-amplify/adapter-nextjs';\nimport config from '@/amplify_outputs.json';\n\nexport const { runWithAmplifyServerContext } = createServerRunner({\n  config,\n});\n",
    });
    const { json } = runJson(['migrate-v5', '--yes', '--cwd', root]);
    expect(json.filesChanged).toEqual(['pages/api/todos.js', 'pages/index.js']);
    expect(json.otherChanges).toEqual([{ path: 'utils/amplifyServerUtils.js', kind: 'update' }]);
    const utils = fs.readFileSync(path.join(root, 'utils/amplifyServerUtils.js'), 'utf8');
    expect(utils).toContain("import { generateServerClientUsingReqRes } from '@aws-amplify/adapter-nextjs/api';");
    expect(utils).toContain('export const reqResBasedClient = generateServerClientUsingReqRes({ config });');
    expect(fs.readFileSync(path.join(root, 'pages/api/todos.js'), 'utf8')).toContain('reqResBasedClient.graphql(contextSpec');
  });

  it('lists what it cannot migrate as file:line:col, and --strict exits 4', () => {
    const root = v5App({ 'pages/posts.js': DATASTORE });
    const relaxed = runCli(['migrate-v5', '--yes', '--dry-run', '--cwd', root]);
    expect(relaxed.exitCode).toBe(0);
    expect(relaxed.stdout).toMatch(/pages\/posts\.js:6:\d+ datastore-server .*https:\/\/docs\.amplify\.aws\//);
    expect(relaxed.stdout).toContain(
      '  todo pages/posts.js:6:3 datastore-server DataStore.query: DataStore has no server API in v6; query the GraphQL API with reqResBasedClient instead (mind _version/_deleted and data.listX.items) https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs-v5-to-v6-migration-guide/#migrating-from-datastore-to-api-in-a-server-context\n',
    );
    expect(relaxed.stdout).toMatch(/\d+ files scanned, \d+ would change, \d+ unchanged, \d+ review items \(\d+ todo\), 0 errors/);
    const strict = runCli(['migrate-v5', '--yes', '--strict', '--cwd', root]);
    expect(strict.exitCode).toBe(4);
    expect(fs.readFileSync(path.join(root, 'pages/posts.js'), 'utf8')).toContain('// TODO(amplify-next): datastore-server:');
  });

  it('--utils-import overrides the specifier and leaves the utils module to the user', () => {
    const root = v5App();
    const { json } = runJson(['migrate-v5', '--yes', '--utils-import', '~/server/amplify', '--cwd', root]);
    expect(fs.readFileSync(path.join(root, 'pages/index.js'), 'utf8')).toContain("from '~/server/amplify'");
    expect(json.otherChanges).toEqual([]);
    expect(json.notes).toContain('Make sure ~/server/amplify exports runWithAmplifyServerContext.');
  });

  it('leaves a utils module that itself holds v5 code to the user', () => {
    const utils = GSSP.replace('export default function Page', 'export function Page');
    const root = v5App({ 'utils/amplifyServerUtils.js': utils });
    const { json } = runJson(['migrate-v5', '--yes', '--cwd', root]);
    expect(json.filesChanged).toEqual(['pages/index.js']);
    expect(json.notes).toContain(
      'utils/amplifyServerUtils.js holds Amplify v5 code and is the module migrated files import from: migrate it by hand.',
    );
    expect(fs.readFileSync(path.join(root, 'utils/amplifyServerUtils.js'), 'utf8')).toBe(utils);
  });

  it('says nothing of the utils module an earlier run created, which holds only v6 code', () => {
    const root = v5App();
    runJson(['migrate-v5', '--yes', '--cwd', root]);
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'migrated');
    const again = runJson(['migrate-v5', '--yes', '--cwd', root]);
    expect(again.json.filesChanged).toEqual([]);
    expect(again.json.notes.filter((note: string) => note.includes('utils/amplifyServerUtils'))).toEqual([]);
  });

  it('asks for the runWithAmplifyServerContext export when the existing utils module lacks it', () => {
    const root = v5App({ 'utils/amplifyServerUtils.js': 'export const helper = 1;\n' });
    const { json } = runJson(['migrate-v5', '--yes', '--cwd', root]);
    expect(json.manualSteps).toEqual([
      {
        path: 'utils/amplifyServerUtils.js',
        message: 'The migrated files import runWithAmplifyServerContext from this module, which does not export it yet. Add:',
        snippet: 'export const { runWithAmplifyServerContext } = createServerRunner({ config });',
      },
    ]);
  });

  it('refuses a path outside the project', () => {
    const root = v5App();
    const outside = makeTree({ 'x.js': GSSP });
    const result = runCli(['migrate-v5', '--yes', '--force', outside, '--cwd', root]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('is outside the project');
    expect(fs.readFileSync(path.join(outside, 'x.js'), 'utf8')).toBe(GSSP);
  });

  it.each([
    [['missing-folder'], /missing-folder: no such file or folder/],
    [['public'], /No \.js\/\.jsx\/\.ts\/\.tsx\/\.mjs\/\.cjs files in public/],
    [['--jobs', '0'], /--jobs "0" is not a positive whole number/],
  ])('usage error %j exits 2', (args, message) => {
    const root = v5App({ 'public/logo.svg': '<svg/>' });
    const result = runCli(['migrate-v5', '--yes', ...args, '--cwd', root]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('migrate-v5 runs the same on a worker pool and in process', () => {
  it('gives the same result with --jobs 1 and --jobs 2 on many files', () => {
    const pages = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`pages/p${i}.js`, GSSP.replace('Page', `Page${i}`)]));
    const one = v5App(pages);
    const two = v5App(pages);
    const a = runJson(['migrate-v5', '--yes', '--jobs', '1', '--cwd', one]);
    const b = runJson(['migrate-v5', '--yes', '--jobs', '2', '--cwd', two]);
    expect(a.json.filesChanged).toHaveLength(41);
    expect(b.json.filesChanged).toEqual(a.json.filesChanged);
    expect(readTree(two)).toEqual(readTree(one));
  });
});

describe('migrate-v5 on a tree large enough for the workers to read it', () => {
  // From 1,000 source files on, the workers read the tree; with --jobs 1 this process reads it. The two runs
  // must agree on everything: what is migrated, what is too large or not UTF-8, and which module the
  // migrated files import from (a runner under another name, found from what the workers read).
  const RUNNER = `import { createServerRunner } from '@aws-amplify/adapter-nextjs';
import config from '@/amplify_outputs.json';

export const { runWithAmplifyServerContext } = createServerRunner({ config });
`;
  function largeApp(): string {
    const plain = Object.fromEntries(
      Array.from({ length: 1100 }, (_, i) => [`components/c${i % 20}/Widget${i}.js`, `export const widget${i} = ${i};\n`]),
    );
    const pages = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`pages/p${i}.js`, GSSP.replace('Page', `Page${i}`)]));
    const root = v5App({ ...plain, ...pages, 'lib/server/runner.js': RUNNER });
    fs.writeFileSync(
      path.join(root, 'pages/latin1.js'),
      Buffer.concat([Buffer.from(`// caf`), Buffer.from([0xe9]), Buffer.from(`\n${GSSP}`)]),
    );
    // Sparse: larger than any source file without writing 32 MiB.
    fs.closeSync(fs.openSync(path.join(root, 'lib/huge.js'), 'w'));
    fs.truncateSync(path.join(root, 'lib/huge.js'), 33 * 1024 * 1024);
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'more');
    return root;
  }

  it('gives what reading in this process gives', () => {
    const one = largeApp();
    const two = largeApp();
    const a = runJson(['migrate-v5', '--yes', '--jobs', '1', '--cwd', one]);
    const b = runJson(['migrate-v5', '--yes', '--jobs', '2', '--cwd', two]);
    expect(a.exitCode).toBe(3);
    expect(b.exitCode).toBe(a.exitCode);
    expect(a.json.totals).toMatchObject({ scanned: 1135, changed: 31, errors: 2 });
    expect(a.json.errors.map((e: { file: string }) => e.file)).toEqual(['lib/huge.js', 'pages/latin1.js']);
    expect(fs.readFileSync(path.join(one, 'pages/p3.js'), 'utf8')).toContain(
      "import { runWithAmplifyServerContext } from '@/lib/server/runner';",
    );
    expect(b.json).toEqual(a.json);
    for (const root of [one, two]) expect(fs.statSync(path.join(root, 'lib/huge.js')).size).toBe(33 * 1024 * 1024);
    for (const root of [one, two]) fs.rmSync(path.join(root, 'lib/huge.js'));
    expect(readTree(two)).toEqual(readTree(one));
  });
});

describe('migrate-v5 report', () => {
  it('counts migrated files, files with TODO lines only and untouched files apart', () => {
    const root = v5App({ 'pages/posts.js': DATASTORE });
    const { json } = runJson(['migrate-v5', '--yes', '--cwd', root]);
    expect(json.filesChanged).toEqual(['pages/index.js', 'pages/posts.js']);
    expect(json.filesTodoOnly).toEqual(['pages/posts.js']);
    expect(json.totals).toMatchObject({ scanned: 3, changed: 2, migrated: 1, todoOnly: 1, unchanged: 1, errors: 0 });
    const dry = runCli(['migrate-v5', '--yes', '--dry-run', '--cwd', v5App({ 'pages/posts.js': DATASTORE })]);
    expect(dry.stdout).toMatch(
      /3 files scanned, 2 would change, 1 unchanged, \d+ review items \(1 todo\), 0 errors \(1 migrated, 1 with TODO lines only\)/,
    );
  });
});

describe('migrate-v5 on code an earlier run migrated', () => {
  it('lists the info items again, changing nothing', () => {
    const page = `import { withSSRContext, Auth } from 'aws-amplify';

export async function getServerSideProps(ctx) {
  const SSR = withSSRContext(ctx.req);
  const user = await SSR.Auth.currentAuthenticatedUser();
  return { props: { user } };
}

export async function signOut() {
  await Auth.signOut();
}
`;
    const root = v5App({ 'pages/index.js': page });
    const first = runJson(['migrate-v5', '--yes', '--cwd', root]);
    const codes = (json: { reviewItems: { code: string; level: string }[] }) => json.reviewItems.map((r) => `${r.level} ${r.code}`).sort();
    expect(codes(first.json)).toEqual(['info behaviour-change', 'info client-v5-remains', 'info cognito-user-shape']);
    const reasons = (json: { reviewItems: { line: number; code: string; reason: string }[] }) =>
      json.reviewItems.map(({ line, code, reason }) => ({ line, code, reason }));
    expect(reasons(first.json)).toEqual([
      { line: 1, code: 'client-v5-remains', reason: "client-side v5 code remains: Auth from 'aws-amplify' do not exist in v6" },
      {
        line: 4,
        code: 'behaviour-change',
        reason: 'v5 read no cookies from this argument (the call was always unauthenticated); v6 now uses the signed-in user',
      },
      {
        line: 6,
        code: 'cognito-user-shape',
        reason:
          'the whole user object is passed on; v6 getCurrentUser returns { username, userId, signInDetails } instead of a CognitoUser',
      },
    ]);
    git(root, 'add', '-A');
    git(root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'migrated');
    const before = readTree(root);
    const second = runJson(['migrate-v5', '--yes', '--cwd', root]);
    expect(second.json.filesChanged).toEqual([]);
    expect(codes(second.json)).toEqual(codes(first.json));
    expect(readTree(root)).toEqual(before);
  });
});

describe('migrate-v5 needs no particular Next.js or aws-amplify to run', () => {
  it.each([
    ['12.1.0', /^Next\.js 12\.1\.0 found, but amplify-next supports .*npx @next\/codemod@latest upgrade/],
    ['latest', /^Cannot tell which Next\.js version "next": "latest" means\..*npx @next\/codemod@latest upgrade/],
  ])('migrates a project declaring next %s and notes the upgrade', (next, note) => {
    const root = v5App({ 'package.json': packageJson({ next, 'aws-amplify': '^5.3.11', react: '^17.0.2' }) });
    const { json, exitCode } = runJson(['migrate-v5', '--yes', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(json.filesChanged).toEqual(['pages/index.js']);
    expect(fs.readFileSync(path.join(root, 'pages/index.js'), 'utf8')).toContain('runWithAmplifyServerContext');
    expect(json.notes.some((n: string) => note.test(n))).toBe(true);
    const human = runCli(['migrate-v5', '--yes', '--dry-run', '--cwd', v5App({ 'package.json': packageJson({ next, react: '^17.0.2' }) })]);
    expect(human.exitCode).toBe(0);
    expect(human.stdout).toMatch(next === 'latest' ? /Cannot tell which Next\.js version/ : /Next\.js 12\.1\.0 found/);
  });

  it('says "declared" for an aws-amplify v5 that package.json declares, "installed" only when it is', () => {
    const declared = v5App({ 'package.json': packageJson({ next: '14.2.35', 'aws-amplify': '^5.3.11' }) });
    const a = runJson(['migrate-v5', '--yes', '--cwd', declared]);
    expect(a.json.notes).toContain(
      'package.json declares aws-amplify 5.3.11: the migrated code needs v6 (npm install aws-amplify@6 @aws-amplify/adapter-nextjs).',
    );
    expect(a.json.notes.join('\n')).not.toMatch(/is installed/);

    const installed = v5App({
      'package.json': packageJson({ next: '14.2.35', 'aws-amplify': '^5.3.0' }),
      'node_modules/aws-amplify/package.json': '{ "name": "aws-amplify", "version": "5.3.11" }\n',
    });
    const b = runJson(['migrate-v5', '--yes', '--cwd', installed]);
    expect(b.json.notes).toContain(
      'aws-amplify 5.3.11 is installed: the migrated code needs v6 (npm install aws-amplify@6 @aws-amplify/adapter-nextjs).',
    );
  });
});
