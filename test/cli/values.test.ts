import fs from 'node:fs';
import path from 'node:path';
import { parse } from '@babel/parser';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runCli, runJson } from '../helpers/cli.js';
import { initialized } from '../helpers/initialized.js';
import { cleanupTrees, copyTree, makeTree, packageJson, readTree } from '../helpers/tree.js';

afterAll(cleanupTrees);

const APPS = path.join(REPO, 'test/fixtures/apps');

const V5_PAGE = (quote: string) => `import { withSSRContext } from ${quote}aws-amplify${quote};

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  return { props: { username: user.username } };
}
`;

const V5_API_CJS = `const { withSSRContext } = require('aws-amplify');

module.exports = async function handler(req, res) {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  res.status(200).json({ username: user.username });
};
`;

/** A v5 Pages Router app (no git repository, so migrate-v5 runs without --force). */
function v5App(): string {
  return makeTree({
    'package.json': packageJson({ next: '14.2.35', 'aws-amplify': '^6.0.0', react: '^18.2.0' }),
    'pages/single.js': V5_PAGE("'"),
    'pages/double.js': V5_PAGE('"'),
    'pages/api/user.js': V5_API_CJS,
  });
}

function parseFile(root: string, file: string) {
  const source = fs.readFileSync(path.join(root, file), 'utf8');
  return parse(source, { sourceType: 'module', plugins: ['typescript', 'jsx'] });
}

/** The module specifiers a file imports or requires (parsing it: a file that does not parse throws). */
function importedModules(root: string, file: string): string[] {
  const modules: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const n = node as {
      type?: string;
      source?: { value: string };
      callee?: { name?: string };
      arguments?: Array<{ type: string; value: string }>;
    };
    if (n.type === 'ImportDeclaration') modules.push(n.source!.value);
    if (n.type === 'CallExpression' && n.callee?.name === 'require' && n.arguments?.[0]?.type === 'StringLiteral')
      modules.push(n.arguments[0].value);
    for (const [key, value] of Object.entries(node)) if (key !== 'loc' && key !== 'extra') visit(value);
  };
  visit(parseFile(root, file).program);
  return modules;
}

/** Where a specifier points in the project: relative to the file, or through the `@/*` alias (onto `aliasDir`). */
function resolveSpecifier(root: string, file: string, specifier: string, aliasDir: string): string {
  if (specifier.startsWith('@/')) return path.join(root, aliasDir, specifier.slice(2));
  return path.resolve(path.dirname(path.join(root, file)), specifier);
}

describe('values that go into generated code are written as string literals', () => {
  it('a migrate-v5 TODO whose reason quotes a name with a line break stays one comment line', () => {
    const page = `import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const { 'a\\nb': odd } = await SSR.Auth.currentAuthenticatedUser();
  await SSR.Storage.get('k', { level: 'x\\ny' });
  return { props: { odd } };
}
`;
    const root = makeTree({ 'package.json': packageJson({ next: '14.2.35', 'aws-amplify': '^6.0.0' }), 'pages/index.js': page });
    const { json, exitCode } = runJson(['migrate-v5', '--yes', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(() => parseFile(root, 'pages/index.js')).not.toThrow();
    const migrated = fs.readFileSync(path.join(root, 'pages/index.js'), 'utf8');
    // The marker line carries the code and its summary; the reason, with the name in it, is in the report.
    expect(migrated).toContain('// TODO(amplify-next): cognito-user-shape: the v5 user/session shape is gone in v6. See ');
    expect(migrated).toContain('// TODO(amplify-next): result-shape: the v6 result has another shape. See ');
    expect(json.reviewItems.map((item: { reason: string }) => item.reason)).toEqual([
      'a\\nb is destructured from the v5 CognitoUser',
      "unknown storage level 'x\\ny'",
    ]);
  });

  it('migrate-v5 --utils-import with a quote: every migrated file parses and imports that module (import and require)', () => {
    const root = v5App();
    const specifier = `@/lib/amplify'server"utils`;
    const result = runJson(['migrate-v5', '--yes', '--utils-import', specifier, '--cwd', root]);
    expect(result.exitCode).toBe(0);
    expect(result.json.filesChanged.sort()).toEqual(['pages/api/user.js', 'pages/double.js', 'pages/single.js']);
    for (const file of result.json.filesChanged) {
      expect(importedModules(root, file)).toContain(specifier);
    }
    // Each file keeps its own quote style: the other quote stays raw, its own is escaped.
    expect(fs.readFileSync(path.join(root, 'pages/single.js'), 'utf8')).toContain(`from '@/lib/amplify\\'server"utils'`);
    expect(fs.readFileSync(path.join(root, 'pages/double.js'), 'utf8')).toContain(`from "@/lib/amplify'server\\"utils"`);
  });

  it.each([
    ['next15-both-ts', `amplify'outputs.json`, 'src'],
    ['next15-both-ts', `amplify"outputs.json`, 'src'],
    ['next15-app-js', `amplify\\outputs.json`, '.'],
    ['next13-pages-ts', `amplify'configuration.json`, '.'],
  ])('init on %s with a config file named %s: the files parse and import that file', (app, configName, aliasDir) => {
    const root = copyTree(path.join(APPS, app));
    const original = fs.readdirSync(root).find((name) => /^(amplify_outputs|amplifyconfiguration)\.json$/.test(name))!;
    fs.renameSync(path.join(root, original), path.join(root, configName));
    const { json, exitCode } = runJson(['init', '--yes', '--skip-install', '--config', configName, '--cwd', root]);
    expect(exitCode).toBe(0);
    const written: string[] = [...json.created, ...json.updated].filter((file: string) => /\.[jt]sx?$/.test(file));
    const importers = written.filter((file) => importedModules(root, file).some((m) => m.endsWith('.json')));
    expect(importers.length).toBeGreaterThanOrEqual(2);
    for (const file of importers) {
      const config = importedModules(root, file).find((m) => m.endsWith('.json'))!;
      expect(resolveSpecifier(root, file, config, aliasDir)).toBe(path.join(root, configName));
    }
    for (const file of written) expect(() => parseFile(root, file)).not.toThrow();
  });
});

/** The error as the user sees it: exactly one `✖` line (plus the hint line), nothing else. */
function expectOneLineError(stderr: string, shown: string): void {
  const lines = stderr.replace(/\n$/, '').split('\n');
  expect(lines[0]).toMatch(/^✖ /);
  expect(lines[0]).toContain(shown);
  expect(lines.length).toBeLessThanOrEqual(2);
  if (lines[1] !== undefined) expect(lines[1]).toMatch(/^ {2}\S/);
}

describe('a flag value that cannot be valid: exit 2, one line showing it escaped, no file changed', () => {
  it.each([
    [['--origin', 'http://x.com\tA=1'], '--origin "http://x.com\\tA=1" contains a control character'],
    [['--origin', 'https://app.example.com\n'], '--origin "https://app.example.com\\n" contains a control character'],
    [['--origin', 'https://app.example.com\u202e'], '--origin "https://app.example.com\\u202e" contains a control character'],
    [['--origin', ' https://app.example.com'], '--origin " https://app.example.com" has spaces around it'],
    [['--redirect-on-sign-in', "/it's"], `--redirect-on-sign-in "/it's" is not an app route`],
    [['--redirect-on-sign-in', '/a\nb'], '--redirect-on-sign-in "/a\\nb" is not an app route'],
    [['--redirect-on-sign-out', '/a\u2028b'], '--redirect-on-sign-out "/a\\u2028b" is not an app route'],
    [['--cookie-domain', 'example.com\n'], '--cookie-domain "example.com\\n" is not a domain'],
    [['--cookie-domain', "example.com'"], `--cookie-domain "example.com'" is not a domain`],
    [['--cookie-same-site', 'lax\r'], '--cookie-same-site "lax\\r" is not strict, lax or none'],
    [['--cookie-max-age', '60\n'], '--cookie-max-age "60\\n" is not a positive number of seconds'],
  ])('add auth-routes %j', (args, shown) => {
    const root = initialized('next15-app-src-ts');
    const before = readTree(root);
    const result = runCli(['add', 'auth-routes', '--yes', ...args, '--cwd', root]);
    expect(result.exitCode).toBe(2);
    expectOneLineError(result.stderr, shown);
    expect(readTree(root)).toEqual(before);
  });

  it.each([
    [['--sign-in-path', '/a\nb'], '--sign-in-path "/a\\nb" is not a plain route'],
    [['--sign-in-path', "/it's"], `--sign-in-path "/it's" is not a plain route`],
  ])('init %j', (args, shown) => {
    const root = copyTree(path.join(APPS, 'next15-app-js'));
    const before = readTree(root);
    const result = runCli(['init', '--yes', '--skip-install', ...args, '--cwd', root]);
    expect(result.exitCode).toBe(2);
    expectOneLineError(result.stderr, shown);
    expect(readTree(root)).toEqual(before);
  });

  it.each([
    [['--utils-import', '@/lib/a\nb'], '--utils-import "@/lib/a\\nb" contains a control character'],
    [['--utils-import', '@/lib/a\tb'], '--utils-import "@/lib/a\\tb" contains a control character'],
    [['--utils-import', ''], '--utils-import is empty'],
    [['--utils-import', '@/lib/utils '], '--utils-import "@/lib/utils " has spaces around it'],
  ])('migrate-v5 %j', (args, shown) => {
    const root = v5App();
    const before = readTree(root);
    const result = runCli(['migrate-v5', '--yes', ...args, '--cwd', root]);
    expect(result.exitCode).toBe(2);
    expectOneLineError(result.stderr, shown);
    expect(readTree(root)).toEqual(before);
  });

  it('any refused value an error quotes is shown escaped: a migrate-v5 path with a line break', () => {
    const root = v5App();
    const before = readTree(root);
    const result = runCli(['migrate-v5', '--yes', 'no\nsuch\u001b[2Jfolder', '--cwd', root]);
    expect(result.exitCode).toBe(2);
    expectOneLineError(result.stderr, 'no\\nsuch\\u001b[2Jfolder: no such file or folder.');
    expect(readTree(root)).toEqual(before);
  });

  it.each([
    [['init', '--router', 'a\nb'], "error: option '--router <router>' argument 'a\\nb' is invalid. Allowed choices are app, pages."],
    [['init', '--x\u001b[31m'], "error: unknown option '--x\\u001b[31m'"],
  ])('a value the argument parser refuses is shown escaped too: %j', (args, shown) => {
    const root = copyTree(path.join(APPS, 'next15-app-js'));
    const before = readTree(root);
    const result = runCli([...args, '--cwd', root]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(`${shown}\n(run with --help for usage)\n`);
    expect(readTree(root)).toEqual(before);
  });

  it('--json carries the same one-line message', () => {
    const root = initialized('next15-app-src-ts');
    const { json, exitCode } = runJson(['add', 'auth-routes', '--yes', '--origin', 'http://x.com\tA=1', '--cwd', root]);
    expect(exitCode).toBe(2);
    expect(json.error.message).toBe('--origin "http://x.com\\tA=1" contains a control character.');
  });
});
