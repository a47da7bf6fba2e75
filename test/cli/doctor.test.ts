import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runCli, runJson } from '../helpers/cli.js';
import { cleanupTrees, copyTree, makeTree, readTree } from '../helpers/tree.js';

afterAll(cleanupTrees);

const FIXTURES = path.join(REPO, 'test/fixtures/doctor');

/** A temp copy of a doctor fixture, without its expectations. */
function fixture(name: string): string {
  const root = copyTree(path.join(FIXTURES, name));
  fs.rmSync(path.join(root, 'expected-findings.json'));
  return root;
}

function replaceIn(root: string, file: string, from: string, to: string): void {
  const target = path.join(root, file);
  const text = fs.readFileSync(target, 'utf8');
  expect(text).toContain(from);
  fs.writeFileSync(target, text.replace(from, to));
}

/** An error in one file; in middleware.ts a warning (line 25) above an error (line 29). */
function mixedProject(): string {
  const root = fixture('configure-without-ssr');
  const middleware = fs.readFileSync(path.join(FIXTURES, 'guard-redirect-drops-cookies/middleware.ts'), 'utf8');
  fs.writeFileSync(path.join(root, 'middleware.ts'), middleware.replace('|sign-in(?:/|$)', ''));
  return root;
}

describe('doctor output', () => {
  it('groups findings by file, the file with an error first, and the most severe first within a file', () => {
    const root = mixedProject();
    const { json } = runJson(['doctor', '--cwd', root]);
    expect(json.findings.map((f: { code: string; file: string; line: number }) => `${f.file}:${f.line} ${f.code}`)).toEqual([
      'components/ConfigureAmplifyClientSide.tsx:8 configure-without-ssr',
      'middleware.ts:29 guard-matcher-sign-in',
      'middleware.ts:25 guard-redirect-drops-cookies',
    ]);
  });

  it('human text: each file once, then its findings with position, code, fix and docs, then the totals and the --fix hint; no colour without a TTY', () => {
    const root = mixedProject();
    const { stdout, exitCode } = runCli(['doctor', '--cwd', root]);
    expect(exitCode).toBe(1);
    expect(stdout).not.toMatch(/\x1b\[/);
    const lines = stdout.split('\n');
    expect(lines.filter((line) => line === 'middleware.ts')).toHaveLength(1);
    expect(lines.indexOf('components/ConfigureAmplifyClientSide.tsx')).toBeLessThan(lines.indexOf('middleware.ts'));
    expect(stdout).toContain('  ✖ error 8:1  Amplify.configure has no { ssr: true } second argument');
    expect(stdout).toContain('[configure-without-ssr]');
    expect(stdout).toContain('      fix (--fix): Call Amplify.configure(config, { ssr: true })');
    expect(stdout).toContain('      docs: https://');
    expect(stdout).toContain('  ! warning 25:10  The redirect is a new response without the cookies Amplify set');
    // Its fix replaces the whole guard: --fix makes it only with --force, and the label says so.
    expect(stdout).toMatch(/without the cookies Amplify set.*\n {6}fix \(--fix --force\): /);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      '2 errors, 1 warning, 0 info. 3 fixable: run amplify-next doctor --fix (--dry-run to preview); 1 of them only with --force.',
    );
  });

  it('--json: one object with every field of each finding and the totals, the same on every run; the human text goes to stderr', () => {
    const root = mixedProject();
    const first = runJson(['doctor', '--cwd', root]);
    const second = runJson(['doctor', '--cwd', root]);
    expect(second.stdout).toBe(first.stdout);
    expect(first.stderr).toContain('[configure-without-ssr]');
    expect(Object.keys(first.json)).toEqual(['command', 'strict', 'findings', 'totals']);
    expect(first.json.totals).toEqual({ error: 2, warning: 1, info: 0, fixable: 3, fixableWithForce: 1 });
    const [finding] = first.json.findings;
    expect(Object.keys(finding)).toEqual([
      'code',
      'severity',
      'file',
      'line',
      'column',
      'message',
      'fix',
      'docs',
      'fixable',
      'fixNeedsForce',
    ]);
    expect(finding).toMatchObject({
      code: 'configure-without-ssr',
      severity: 'error',
      file: 'components/ConfigureAmplifyClientSide.tsx',
      line: 8,
      column: 1,
      fixable: true,
    });
    expect(finding.docs).toMatch(/^https:\/\/docs\.amplify\.aws\//);
  });

  it('writes nothing', () => {
    const root = mixedProject();
    const before = readTree(root);
    runCli(['doctor', '--cwd', root]);
    expect(readTree(root)).toEqual(before);
  });
});

describe('doctor exit codes', () => {
  it('0 on a clean project, with --strict too', () => {
    const root = fixture('configure-without-ssr-clean');
    const plain = runCli(['doctor', '--cwd', root]);
    expect(plain.exitCode).toBe(0);
    expect(plain.stdout).toContain('✔ No problems found.');
    expect(runCli(['doctor', '--strict', '--cwd', root]).exitCode).toBe(0);
  });

  it('warnings only: 0, and 1 with --strict', () => {
    const root = fixture('guard-matcher-static');
    expect(runCli(['doctor', '--cwd', root]).exitCode).toBe(0);
    const strict = runJson(['doctor', '--strict', '--cwd', root]);
    expect(strict.exitCode).toBe(1);
    expect(strict.json.strict).toBe(true);
  });

  it('info only: 0 even with --strict', () => {
    const root = fixture('guard-middleware-deprecated');
    const { exitCode, json } = runJson(['doctor', '--strict', '--cwd', root]);
    expect(json.totals).toMatchObject({ error: 0, warning: 0, info: 1 });
    expect(exitCode).toBe(0);
  });

  it('1 on an error finding', () => {
    expect(runCli(['doctor', '--cwd', fixture('config-mismatch')]).exitCode).toBe(1);
  });

  it('1 with one line when the project cannot be read', () => {
    const root = makeTree({ 'README.md': 'not an app\n' });
    const { exitCode, stderr, stdout } = runCli(['doctor', '--cwd', root]);
    expect(exitCode).toBe(1);
    expect(stderr).toMatch(/^✖ .*package\.json/);
    expect(stdout).toBe('');
  });

  it.each([
    [['--dry-run'], '--dry-run only applies to doctor --fix'],
    [['--force'], '--force only applies to doctor --fix'],
    [['--frobnicate'], "unknown option '--frobnicate'"],
  ])('2 on a usage error (%s), and nothing written', (flags, message) => {
    const root = fixture('configure-without-ssr');
    const before = readTree(root);
    const { exitCode, stderr } = runCli(['doctor', ...flags, '--cwd', root]);
    expect(exitCode).toBe(2);
    expect(stderr).toContain(message);
    expect(readTree(root)).toEqual(before);
  });
});

describe('doctor --fix', () => {
  it('--dry-run shows the diff and writes nothing', () => {
    const root = fixture('configure-without-ssr-v5-form');
    const before = readTree(root);
    const { stdout, exitCode } = runCli(['doctor', '--fix', '--dry-run', '--cwd', root]);
    expect(stdout).toContain('-Amplify.configure({ ...config, ssr: true });');
    expect(stdout).toContain('+Amplify.configure(config, { ssr: true });');
    expect(stdout).toContain('Dry run: nothing was written.');
    expect(exitCode).toBe(1);
    expect(readTree(root)).toEqual(before);
  });

  it.each([
    ['configure-without-ssr', 'components/ConfigureAmplifyClientSide.tsx', 'Amplify.configure(config, { ssr: true });'],
    ['configure-without-ssr-v5-form', 'components/ConfigureAmplifyClientSide.tsx', 'Amplify.configure(config, { ssr: true });'],
    ['configure-not-rendered', 'app/layout.tsx', '<body className={inter.className}>\n        <ConfigureAmplifyClientSide />'],
    ['guard-matcher-prefix', 'middleware.ts', "'/((?!api(?:/|$)|_next/static|_next/image|favicon.ico|sign-in(?:/|$)).*)'"],
    ['guard-matcher-sign-in', 'middleware.ts', "'/((?!api(?:/|$)|_next/static/|_next/image|favicon\\\\.ico$|sign-in(?:/|$)).*)'"],
    ['guard-matcher-static', 'middleware.ts', "'/((?!api(?:/|$)|sign-in(?:/|$)|_next/static/|_next/image|favicon\\\\.ico$).*)'"],
  ])('%s: fixed, only that file changed, nothing left to fix, and a second --fix plans nothing', (name, file, fixed) => {
    const root = fixture(name);
    const before = readTree(root);
    const { json, exitCode } = runJson(['doctor', '--fix', '--yes', '--cwd', root]);
    expect(json.fix.outcome).toBe('applied');
    expect(json.fix.updated).toEqual([file]);
    expect(json.findings).toEqual([]);
    expect(exitCode).toBe(0);
    const after = readTree(root);
    expect(after[file]).toContain(fixed);
    expect({ ...after, [file]: before[file] }).toEqual(before);
    const again = runJson(['doctor', '--fix', '--yes', '--cwd', root]);
    expect(again.json.fix.outcome).toBe('nothing-to-do');
    expect(again.json.fix.updated).toEqual([]);
    expect(readTree(root)).toEqual(after);
  });

  it('a --fix with only findings to fix by hand does not say the setup is done', () => {
    const root = fixture('guard-import-not-server');
    const { stdout, exitCode } = runCli(['doctor', '--fix', '--yes', '--cwd', root]);
    expect(exitCode).toBe(1);
    expect(stdout).toContain('! 1 finding needs a change by hand: listed below.\nNothing to fix automatically.\n');
    expect(stdout).not.toContain('Already set up');
  });

  it('two fixes of one file are made in one run, the second on the text the first leaves', () => {
    const root = fixture('configure-not-rendered--layout-calls-cookies');
    const before = readTree(root);
    const dry = runCli(['doctor', '--fix', '--dry-run', '--cwd', root]);
    expect(dry.stdout).toContain('+import ConfigureAmplifyClientSide from "@/components/ConfigureAmplifyClientSide";');
    expect(dry.stdout).toContain('+    nextServerContext: { cookies },');
    expect(dry.stdout).not.toContain('run doctor --fix again');
    expect(readTree(root)).toEqual(before);

    const { json, exitCode } = runJson(['doctor', '--fix', '--yes', '--cwd', root]);
    expect(json.fix.outcome).toBe('applied');
    expect(json.fix.updated).toEqual(['app/layout.tsx']);
    expect(json.findings).toEqual([]);
    expect(exitCode).toBe(0);
    const layout = readTree(root)['app/layout.tsx']!;
    expect(layout).toContain('nextServerContext: { cookies },');
    expect(layout).toContain('<body className={inter.className} data-signed-in={signedIn}>\n        <ConfigureAmplifyClientSide />');
    expect(runJson(['doctor', '--fix', '--yes', '--cwd', root]).json.fix.outcome).toBe('nothing-to-do');
  });

  it("a hand-written guard is replaced with init's only with --force, and then nothing is left", () => {
    const root = fixture('guard-new-response');
    const before = readTree(root);
    const plain = runJson(['doctor', '--fix', '--yes', '--cwd', root]);
    expect(plain.json.fix.outcome).toBe('nothing-to-do');
    expect(plain.json.fix.skipped).toEqual([{ path: 'middleware.ts', reason: expect.stringContaining('only with --force') }]);
    expect(readTree(root)).toEqual(before);
    const forced = runJson(['doctor', '--fix', '--force', '--yes', '--cwd', root]);
    expect(forced.json.fix.updated).toEqual(['middleware.ts']);
    expect(forced.json.findings).toEqual([]);
    const guard = fs.readFileSync(path.join(root, 'middleware.ts'), 'utf8');
    expect(guard).toContain('new URL("/sign-in", request.url)');
    expect(guard).toContain('signIn.cookies.set(cookie)');
  });

  it('lists what it cannot fix and reports it afterwards', () => {
    const root = fixture('config-mismatch');
    const { json, stdout, exitCode } = {
      ...runJson(['doctor', '--fix', '--yes', '--cwd', root]),
      stdout: runCli(['doctor', '--fix', '--yes', '--cwd', root]).stdout,
    };
    expect(json.fix.outcome).toBe('nothing-to-do');
    expect(json.fix.notes).toContain('1 finding needs a change by hand: listed below.');
    expect(json.findings.map((f: { code: string }) => f.code)).toEqual(['config-mismatch']);
    expect(stdout).toContain('[config-mismatch]');
    expect(exitCode).toBe(1);
  });

  it('fixes of different files in one run, all or none written', () => {
    const root = mixedProject();
    replaceIn(
      root,
      'middleware.ts',
      "  return NextResponse.redirect(new URL('/sign-in', request.url));",
      "  const signIn = NextResponse.redirect(new URL('/sign-in', request.url));\n  for (const cookie of response.cookies.getAll()) signIn.cookies.set(cookie);\n  return signIn;",
    );
    const { json } = runJson(['doctor', '--fix', '--yes', '--cwd', root]);
    expect(json.fix.updated.sort()).toEqual(['components/ConfigureAmplifyClientSide.tsx', 'middleware.ts']);
    expect(json.findings).toEqual([]);
  });
});

describe('doctor messages say what the code does', () => {
  it('a guard without a matcher: "With no matcher", and the fix adds one; a guard that checks the path: a redirect there breaks the asset', () => {
    const { json } = runJson(['doctor', '--cwd', fixture('guard-matcher-static--no-matcher')]);
    const [finding] = json.findings;
    expect(finding.message).toBe(
      'With no matcher, the guard runs on /_next/static, /_next/image, /favicon.ico: every asset request pays a session check, and a redirect there breaks the asset.',
    );
    expect(finding.fix).toBe('Add a matcher to export const config that excludes _next/static, _next/image and favicon.ico.');
  });

  it('a root layout that configures itself is not the component --fix renders in another root layout', () => {
    const root = fixture('configure-not-rendered--client-layout-configures');
    const { json } = runJson(['doctor', '--cwd', root]);
    expect(json.findings.map((f: { code: string; fixable: boolean }) => [f.code, f.fixable])).toEqual([['configure-not-rendered', false]]);
    const { stdout } = runCli(['doctor', '--fix', '--dry-run', '--cwd', root]);
    expect(stdout).not.toMatch(/^\+.*\(shop\)\/layout/m);
    expect(stdout).not.toContain('+++ b/');
  });
});
