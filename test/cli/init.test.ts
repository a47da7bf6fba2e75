import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runCli, runJson } from '../helpers/cli.js';
import { expectWrittenFiles } from '../helpers/expected-tree.js';
import { cleanupTrees, copyTree, makeTree, packageJson, readTree, writeTree } from '../helpers/tree.js';

const APPS = path.join(REPO, 'test/fixtures/apps');
const EXPECTED = path.join(REPO, 'test/fixtures/expected/init');

afterAll(cleanupTrees);

describe.each(fs.readdirSync(APPS).sort())('init on %s', (app) => {
  it('writes exactly the expected files and leaves every other file as it was, then a second run plans nothing', () => {
    const root = copyTree(path.join(APPS, app));
    const input = readTree(root);
    const first = runCli(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    const tree = readTree(root);
    expectWrittenFiles(path.join(EXPECTED, app), input, tree);

    const second = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(second.exitCode).toBe(0);
    expect(second.json).toMatchObject({ outcome: 'nothing-to-do', created: [], updated: [] });
    expect(readTree(root)).toEqual(tree);
  });

  it('--dry-run prints unified diffs and writes nothing', () => {
    const root = copyTree(path.join(APPS, app));
    const before = readTree(root);
    const result = runCli(['init', '--yes', '--dry-run', '--cwd', root]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^\+\+\+ b\//m);
    expect(result.stdout).toContain('Dry run: nothing was written or installed.');
    expect(readTree(root)).toEqual(before);
  });
});

describe('init output', () => {
  it('imports aws-exports.ts, and says when a config is shaped for v5 (v6 would configure nothing)', () => {
    const generated = copyTree(path.join(APPS, 'next14-pages-aws-exports-ts'));
    const ok = runJson(['init', '--yes', '--skip-install', '--cwd', generated]);
    expect(ok.json.project.amplifyConfig).toEqual({ path: 'src/aws-exports.ts', kind: 'gen1-legacy', exists: true });
    expect(ok.json.notes.join('\n')).not.toContain('shaped for Amplify v5');

    const handWritten = copyTree(path.join(APPS, 'next14-app-v5-config-ts'));
    const v5 = runJson(['init', '--yes', '--skip-install', '--cwd', handWritten]);
    expect(v5.exitCode).toBe(0);
    expect(v5.json.notes[0]).toBe(
      'aws-exports.ts is shaped for Amplify v5 (Auth.userPoolWebClientId, Auth.userPoolId, Auth.region, Auth.mandatorySignIn): v6 does not read it, so the app would run with no user pool. Give v6 its own shape ({ Auth: { Cognito: { userPoolId, userPoolClientId } } }), or use the amplifyconfiguration.json / amplify_outputs.json the Amplify CLI writes.',
    );
  });

  it('points to migrate-v5 only when the app still has withSSRContext code', () => {
    const clean = copyTree(path.join(APPS, 'next15-app-js'));
    expect(runCli(['init', '--yes', '--skip-install', '--cwd', clean]).stdout).not.toContain('migrate-v5');
    const v5 = copyTree(path.join(APPS, 'next15-app-js'));
    writeTree(v5, {
      'app/api/user/route.js':
        "import { withSSRContext } from 'aws-amplify';\n\nexport async function GET(req) {\n  const { Auth } = withSSRContext({ req });\n  return Response.json(await Auth.currentAuthenticatedUser());\n}\n",
    });
    expect(runCli(['init', '--yes', '--skip-install', '--cwd', v5]).stdout).toContain(
      '  - Migrate the Amplify v5 withSSRContext code: npx amplify-next migrate-v5',
    );
  });

  it('prints what it detected, the files and the install command', () => {
    const root = copyTree(path.join(APPS, 'next15-app-src-ts'));
    const { stdout } = runCli(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(stdout).toContain('Next.js         15.1.6 (declared)');
    expect(stdout).toContain('Router          App Router (src/app/)');
    expect(stdout).toContain('Language        TypeScript, @/* → ./src/*');
    expect(stdout).toContain('Package manager npm (lockfile)');
    expect(stdout).toContain('Already there   no Amplify SSR setup yet');
    expect(stdout).toContain('+ src/middleware.ts');
    expect(stdout).toContain('~ src/app/layout.tsx');
    expect(stdout).toContain('Install the Amplify packages: npm install aws-amplify @aws-amplify/adapter-nextjs');
  });

  it('--json prints one summary on stdout and the human text on stderr', () => {
    const root = copyTree(path.join(APPS, 'next13-pages-ts'));
    const { json, stderr, exitCode } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(stderr).toContain('Detected');
    expect(json).toMatchObject({
      command: 'init',
      outcome: 'applied',
      project: { next: { version: '13.5.6', major: 13 }, routers: { pages: 'pages' }, packageManager: { name: 'yarn' } },
      created: ['utils/amplifyServerUtils.ts', 'middleware.ts'],
      updated: ['pages/_app.tsx'],
      install: { command: 'yarn add aws-amplify @aws-amplify/adapter-nextjs@^1.8.0', ran: false },
    });
  });

  it('skips packages that are already declared', () => {
    const root = copyTree(path.join(APPS, 'next14-pages-src-js-middleware'));
    const { json } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(json.install).toEqual({ command: 'npm install @aws-amplify/adapter-nextjs@^1.8.0', ran: false });
  });

  it('--package-manager overrides the detected one', () => {
    const root = copyTree(path.join(APPS, 'next15-app-js'));
    const { json } = runJson(['init', '--yes', '--skip-install', '--package-manager', 'pnpm', '--cwd', root]);
    expect(json.install.command).toBe('pnpm add aws-amplify @aws-amplify/adapter-nextjs@^1.8.0');
  });

  it('leaves an existing middleware byte for byte and prints what to add by hand', () => {
    const root = copyTree(path.join(APPS, 'next14-pages-src-js-middleware'));
    const before = fs.readFileSync(path.join(root, 'src/middleware.js'), 'utf8');
    const { json, exitCode, stderr } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(stderr).toContain('Already there   src/middleware.js');
    expect(fs.readFileSync(path.join(root, 'src/middleware.js'), 'utf8')).toBe(before);
    expect(json.skipped).toEqual([{ path: 'src/middleware.js', reason: 'your middleware is left as it is; --force replaces it' }]);
    expect(json.manualSteps[0].snippet).toContain('fetchAuthSession(contextSpec)');
  });

  it('--force replaces an existing middleware', () => {
    const root = copyTree(path.join(APPS, 'next14-pages-src-js-middleware'));
    const { json } = runJson(['init', '--yes', '--skip-install', '--force', '--cwd', root]);
    expect(json.updated).toContain('src/middleware.js');
    expect(fs.readFileSync(path.join(root, 'src/middleware.js'), 'utf8')).toContain(
      "import { runWithAmplifyServerContext } from './utils/amplifyServerUtils'",
    );
  });

  it('--no-middleware and --sign-in-path shape the plan', () => {
    const root = copyTree(path.join(APPS, 'next15-app-src-ts'));
    const none = runJson(['init', '--yes', '--skip-install', '--dry-run', '--no-middleware', '--cwd', root]);
    expect(none.json.created).not.toContain('src/middleware.ts');
    runCli(['init', '--yes', '--skip-install', '--sign-in-path', '/auth/login', '--cwd', root]);
    const middleware = fs.readFileSync(path.join(root, 'src/middleware.ts'), 'utf8');
    expect(middleware).toContain('new URL("/auth/login", request.url)');
    expect(middleware).toContain('"/((?!api(?:/|$)|_next/static/|_next/image|auth/login(?:/|$)|.*\\\\.(?:avif|');
  });

  it('--router pages sets up only the Pages Router of an app with both', () => {
    const root = copyTree(path.join(APPS, 'next15-both-ts'));
    const { json } = runJson(['init', '--yes', '--skip-install', '--router', 'pages', '--cwd', root]);
    expect(json.created).toEqual(['src/utils/amplifyServerUtils.ts', 'src/pages/_app.tsx', 'src/middleware.ts']);
    expect(json.updated).toEqual([]);
  });

  it('says how to create the config when the project has none, and imports amplify_outputs.json', () => {
    const root = copyTree(path.join(APPS, 'next15-app-js'));
    fs.rmSync(path.join(root, 'amplify_outputs.json'));
    const { stdout, exitCode } = runCli(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(stdout).toContain('npx ampx sandbox');
    expect(fs.readFileSync(path.join(root, 'utils/amplifyServerUtils.js'), 'utf8')).toContain(
      'import config from "@/amplify_outputs.json";',
    );
  });

  it('with several config files takes the preferred one under --yes, or --config', () => {
    const root = copyTree(path.join(APPS, 'next15-app-js'));
    fs.writeFileSync(path.join(root, 'amplifyconfiguration.json'), '{}');
    const preferred = runJson(['init', '--yes', '--skip-install', '--dry-run', '--cwd', root]);
    expect(preferred.json.project.amplifyConfig).toMatchObject({ path: 'amplify_outputs.json', kind: 'gen2' });
    const chosen = runJson(['init', '--yes', '--skip-install', '--config', 'amplifyconfiguration.json', '--cwd', root]);
    expect(chosen.json.project.amplifyConfig).toMatchObject({ path: 'amplifyconfiguration.json', kind: 'gen1' });
    expect(fs.readFileSync(path.join(root, 'utils/amplifyServerUtils.js'), 'utf8')).toContain('from "@/amplifyconfiguration.json"');
  });
});

describe('init on bad input: one line, exit 1, nothing changed', () => {
  const app = (files: Record<string, string>) => makeTree({ 'app/page.js': 'export default function P() { return null; }\n', ...files });

  it.each([
    ['no package.json', {}, /No package\.json in /],
    ['a broken package.json', { 'package.json': '{ "dependencies": { "next": "15.0.0" ' }, /package\.json in .* is not valid JSON/],
    ['no next dependency', { 'package.json': packageJson({ react: '19.0.0' }) }, /does not declare "next"/],
    [
      'Next.js 17',
      { 'package.json': packageJson({ next: '^17.0.0' }) },
      /Next\.js 17\.0\.0 found, but amplify-next supports >=13\.5\.0 <17\.0\.0 \(Next\.js 13\.5–16\)/,
    ],
    [
      'Next.js 13.4',
      { 'package.json': packageJson({ next: '13.4.19' }) },
      /Next\.js 13\.4\.19 found, but amplify-next supports >=13\.5\.0 <17\.0\.0/,
    ],
    ['an unresolvable next spec', { 'package.json': packageJson({ next: 'latest' }) }, /Cannot tell which Next\.js version/],
    [
      'app/ and src/app/ together',
      { 'package.json': packageJson({ next: '15.0.0' }), 'src/app/page.js': '' },
      /Both app\/ and src\/app\/ exist/,
    ],
    [
      'an unparsable root layout',
      { 'package.json': packageJson({ next: '15.0.0' }), 'app/layout.js': 'export default function L( {\n' },
      /app\/layout\.js:\d+:\d+ cannot be parsed: Unexpected token/,
    ],
  ])('%s', (_name, files, message) => {
    const root = app(files as Record<string, string>);
    const before = readTree(root);
    const result = runCli(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readTree(root)).toEqual(before);
  });

  it('a project with neither app/ nor pages/', () => {
    const root = makeTree({ 'package.json': packageJson({ next: '15.0.0' }) });
    const result = runCli(['init', '--yes', '--cwd', root]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/No app\/ or pages\/ folder/);
  });

  it('an unwritable target writes none of the other files', () => {
    const root = copyTree(path.join(APPS, 'next15-app-src-ts'));
    fs.writeFileSync(path.join(root, 'src/utils'), 'a file where a folder must go');
    const before = readTree(root);
    const result = runCli(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/Could not write .*nothing was changed/);
    expect(readTree(root)).toEqual(before);
    expect(fs.readdirSync(path.join(root, 'src')).sort()).toEqual(['app', 'utils']);
  });
});

describe('init usage errors exit 2', () => {
  it.each([
    [['init', '--bogus']],
    [['init', '--router', 'both']],
    [['init', '--package-manager', 'pip']],
    [['init', '--sign-in-path', 'sign-in']],
    [['init', '--config', 'nope.json']],
  ])('%j', (args) => {
    const root = copyTree(path.join(APPS, 'next15-app-js'));
    const result = runCli([...args, '--cwd', root]);
    expect(result.exitCode).toBe(2);
    expect(readTree(root)).toEqual(readTree(path.join(APPS, 'next15-app-js')));
  });

  it('--help exits 0 with examples', () => {
    const result = runCli(['init', '--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Examples:');
  });

  it('--help and --json name the supported Next.js range', () => {
    expect(runCli(['--help']).stdout).toContain('(Next.js >=13.5.0 <17.0.0)');
    const root = copyTree(path.join(APPS, 'next15-app-js'));
    const { json } = runJson(['init', '--yes', '--skip-install', '--dry-run', '--cwd', root]);
    expect(json.project.next).toEqual({ version: '15.0.3', major: 15, source: 'declared', supportedRange: '>=13.5.0 <17.0.0' });
  });
});

describe('the program', () => {
  it('exits 2 with help when no command is given, 0 for --help and --version', () => {
    expect(runCli([]).exitCode).toBe(2);
    expect(runCli(['add']).exitCode).toBe(2);
    expect(runCli(['--help']).exitCode).toBe(0);
    const version = runCli(['--version']);
    expect(version.exitCode).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version);
  });

  it('help names no machine path', () => {
    expect(runCli(['init', '--help']).stdout).not.toContain(REPO);
  });
});

describe('init at a monorepo root', () => {
  it('names the Next.js apps to pass with --cwd', () => {
    const root = makeTree({
      'package.json': JSON.stringify({ private: true, workspaces: ['apps/*'] }),
      'apps/web/package.json': packageJson({ next: '15.0.0' }),
      'apps/docs/package.json': packageJson({ astro: '4.0.0' }),
    });
    const result = runCli(['init', '--yes', '--cwd', root]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('does not declare "next"');
    expect(result.stderr).toContain(
      'This looks like a monorepo root: run amplify-next in the app, e.g. --cwd apps/web (Next.js apps here: apps/web).',
    );
  });
});

describe('init notes other Amplify.configure calls', () => {
  it('names each call without { ssr: true } with file:line', () => {
    const root = copyTree(path.join(APPS, 'next15-app-js'));
    writeTree(root, {
      'components/Providers.js':
        "'use client';\nimport { Amplify } from 'aws-amplify';\nimport outputs from '../amplify_outputs.json';\n\nAmplify.configure(outputs);\n",
      'lib/ok.js': "import { Amplify } from 'aws-amplify';\nAmplify.configure({}, { ssr: true });\n",
    });
    const { json } = runJson(['init', '--yes', '--skip-install', '--dry-run', '--cwd', root]);
    expect(json.notes).toEqual([
      'components/Providers.js:5 calls Amplify.configure without { ssr: true }: in the browser that keeps tokens in localStorage and the server sees no user. Configure once, with { ssr: true }.',
    ]);
  });
});

describe('init on an Amplify v5 app', () => {
  it('says the generated code needs aws-amplify v6', () => {
    const root = copyTree(path.join(APPS, 'next14-pages-src-js-middleware'));
    const pkgFile = path.join(root, 'package.json');
    fs.writeFileSync(pkgFile, fs.readFileSync(pkgFile, 'utf8').replace('"aws-amplify": "^6.15.0"', '"aws-amplify": "^5.3.12"'));
    const { json } = runJson(['init', '--yes', '--skip-install', '--dry-run', '--cwd', root]);
    expect(json.notes).toContain(
      'aws-amplify ^5.3.12 is declared, but the generated code needs v6: npm install aws-amplify@6 (then npx amplify-next migrate-v5 for withSSRContext code).',
    );
  });
});
