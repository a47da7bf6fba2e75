import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, cliEnv, REPO, type CliResult } from '../helpers/cli.js';
import { cleanupTrees, copyTree, makeTree, packageJson } from '../helpers/tree.js';

const APPS = path.join(REPO, 'test/fixtures/apps');

afterAll(cleanupTrees);

/** The built CLI with a short timeout: a read that blocks (a FIFO, a device) fails the test instead of hanging it. */
function run(args: string[]): CliResult & { timedOut: boolean } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: cliEnv(),
    timeout: 20_000,
  });
  return { exitCode: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, timedOut: result.signal !== null };
}

/** Every entry under `root` by type, without following links or opening anything but regular files. */
function snapshot(root: string, dir = root, out: Record<string, string> = {}): Record<string, string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const key = path.relative(root, full).split(path.sep).join('/');
    if (entry.isSymbolicLink()) out[key] = `link → ${fs.readlinkSync(full)}`;
    else if (entry.isDirectory()) {
      out[key] = 'folder';
      snapshot(root, full, out);
    } else if (entry.isFIFO()) out[key] = 'fifo';
    else out[key] = createHash('sha256').update(fs.readFileSync(full)).digest('hex');
  }
  return out;
}

function app(name: string, change: (root: string) => void = () => {}): string {
  const root = copyTree(path.join(APPS, name));
  change(root);
  return root;
}

const replaceWith = (make: (file: string) => void) => (root: string, file: string) => {
  fs.rmSync(path.join(root, file), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  make(path.join(root, file));
};
const fifo = replaceWith((file) => execFileSync('mkfifo', [file]));
const folder = replaceWith((file) => fs.mkdirSync(file));
const linkTo = (target: string) => replaceWith((file) => fs.symlinkSync(target, file));

/** A failed run: one message line (and a hint), the exit code, no stack trace, nothing changed. */
function expectRefused(root: string, args: string[], exitCode: number, message: RegExp): void {
  const before = snapshot(root);
  const result = run([...args, '--cwd', root]);
  expect(result.timedOut).toBe(false);
  expect(result.stderr).toMatch(message);
  expect(result.exitCode).toBe(exitCode);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stderr.trimEnd().split('\n').length).toBeLessThanOrEqual(2);
  expect(snapshot(root)).toEqual(before);
}

const INIT = ['init', '--yes', '--skip-install'];
const AUTH_ROUTES = ['add', 'auth-routes', '--yes'];
const MIGRATE = ['migrate-v5', '--yes', '--force'];

const V5_PAGE = `import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  return { props: { username: user.username } };
}

export default function Page({ username }) {
  return <p>{username}</p>;
}
`;

function v5App(extra: Record<string, string | Buffer> = {}): string {
  const root = makeTree({
    'package.json': packageJson({ next: '14.2.35', 'aws-amplify': '^6.0.0', react: '^18.2.0' }),
    'jsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./*"] } } }\n',
    'amplify_outputs.json': '{}\n',
    'pages/index.js': V5_PAGE,
  });
  for (const [file, content] of Object.entries(extra)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  }
  return root;
}

describe('a FIFO or a device where a file is read: one line, exit 1, no hang', () => {
  it.each([
    ['init', 'src/app/layout.tsx'],
    ['init', 'package.json'],
    ['init', 'tsconfig.json'],
    ['init', '.prettierrc'],
    ['auth-routes', '.env.local'],
    ['migrate-v5', '.gitignore'],
    ['migrate-v5', 'src/app/.gitignore'],
  ])('%s: a FIFO at %s', (command, file) => {
    const root = app('next15-app-src-ts', (r) => fifo(r, file));
    const args = command === 'init' ? INIT : command === 'auth-routes' ? AUTH_ROUTES : MIGRATE;
    expectRefused(root, args, 1, new RegExp(`${file.replace(/\./g, '\\.')} is a FIFO \\(named pipe\\), not a regular file`));
  });

  it('an installed package manifest that is a FIFO counts as not installed: the declared versions are used', () => {
    const root = v5App();
    for (const name of ['next', 'aws-amplify']) {
      fs.mkdirSync(path.join(root, 'node_modules', name), { recursive: true });
      execFileSync('mkfifo', [path.join(root, 'node_modules', name, 'package.json')]);
    }
    const init = run([...INIT, '--dry-run', '--json', '--cwd', root]);
    expect(init.timedOut).toBe(false);
    expect(init.exitCode).toBe(0);
    expect(JSON.parse(init.stdout).project.next).toMatchObject({ version: '14.2.35', major: 14, source: 'declared' });
    const migrate = run([...MIGRATE, '--cwd', root]);
    expect(migrate.timedOut).toBe(false);
    expect(migrate.exitCode).toBe(0);
  });

  it('init: app/layout.tsx linked to /dev/zero is refused at once', () => {
    const root = app('next15-app-src-ts', (r) => linkTo('/dev/zero')(r, 'src/app/layout.tsx'));
    expectRefused(root, INIT, 1, /src\/app\/layout\.tsx links to \/dev\/zero, a character device, not a regular file/);
  });

  it('init: a file larger than any source file is not read (the cap is named)', () => {
    const root = app('next15-app-src-ts', (r) => fs.truncateSync(path.join(r, 'src/app/layout.tsx'), 33 * 1024 * 1024));
    expectRefused(root, INIT, 1, /src\/app\/layout\.tsx is larger than 32 MiB, more than any source or config file/);
  });

  it('migrate-v5: a FIFO or device in the tree is not a source file; the rest migrates', () => {
    const root = v5App();
    execFileSync('mkfifo', [path.join(root, 'pages/pipe.js')]);
    fs.symlinkSync('/dev/zero', path.join(root, 'pages/zero.js'));
    const result = run([...MIGRATE, '--cwd', root]);
    expect(result.timedOut).toBe(false);
    expect(result.exitCode).toBe(0);
    expect(fs.readFileSync(path.join(root, 'pages/index.js'), 'utf8')).toContain('runWithAmplifyServerContext');
    expect(snapshot(root)).toMatchObject({ 'pages/pipe.js': 'fifo', 'pages/zero.js': 'link → /dev/zero' });
  });

  it('migrate-v5: a file larger than any source file is reported and not read; the rest migrates (exit 3)', () => {
    const root = v5App({ 'pages/vendor.js': '' });
    fs.truncateSync(path.join(root, 'pages/vendor.js'), 33 * 1024 * 1024);
    const before = snapshot(root);
    const result = run([...MIGRATE, '--cwd', root]);
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toContain('✖ pages/vendor.js: larger than 32 MiB, more than any source or config file: not read\n');
    const after = snapshot(root);
    expect(after['pages/vendor.js']).toBe(before['pages/vendor.js']);
    expect(after['pages/index.js']).not.toBe(before['pages/index.js']);
  });

  it('migrate-v5: a FIFO named on the command line is a usage error', () => {
    const root = v5App();
    execFileSync('mkfifo', [path.join(root, 'pages/pipe.js')]);
    expectRefused(root, [...MIGRATE, 'pages/pipe.js'], 2, /pages\/pipe\.js is neither a file nor a folder/);
  });

  it('migrate-v5: a link to /dev/zero named on the command line is outside the project: skipped and said, never read', () => {
    const root = v5App();
    fs.symlinkSync('/dev/zero', path.join(root, 'pages/zero.js'));
    const before = snapshot(root);
    const result = run([...MIGRATE, 'pages/zero.js', '--cwd', root]);
    expect(result.timedOut).toBe(false);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('pages/zero.js: really is /dev/zero (through a symlink), outside the project');
    expect(snapshot(root)).toEqual(before);
  });
});

describe('a folder where a file is expected: one line, exit 1, nothing changed', () => {
  it.each([
    ['init', 'src/app/layout.tsx'],
    ['init', 'tsconfig.json'],
    ['init', '.prettierrc'],
    ['init', 'package.json'],
    ['init', 'amplify_outputs.json'],
    ['migrate-v5', 'src/app/.gitignore'],
  ])('%s: %s/', (command, file) => {
    const root = app('next15-app-src-ts', (r) => folder(r, file));
    expectRefused(
      root,
      command === 'init' ? INIT : MIGRATE,
      1,
      new RegExp(`${file.replace(/\./g, '\\.')} is a folder, where a file is expected`),
    );
  });
});

describe('wrongly typed tsconfig fields: one line naming the file and the field, exit 1', () => {
  it.each([
    [
      '"extends": [5]',
      { extends: [5] },
      /tsconfig\.json cannot be read \("extends" is \[5\]: it must be a string or an array of strings\)/,
    ],
    ['"extends": 5', { extends: 5 }, /tsconfig\.json cannot be read \("extends" is 5: /],
    [
      '"paths": {"@/*": null}',
      { compilerOptions: { paths: { '@/*': null } } },
      /"compilerOptions\.paths" maps "@\/\*" to null: it must be an array of strings/,
    ],
    ['"paths": {"@/*": [1]}', { compilerOptions: { paths: { '@/*': [1] } } }, /"compilerOptions\.paths" maps "@\/\*" to \[1\]/],
    ['"paths": []', { compilerOptions: { paths: [] } }, /"compilerOptions\.paths" is \[\]: it must be an object/],
    [
      '"baseUrl": 5',
      { compilerOptions: { baseUrl: 5, paths: { '@/*': ['./src/*'] } } },
      /"compilerOptions\.baseUrl" is 5: it must be a string/,
    ],
    ['"compilerOptions": "x"', { compilerOptions: 'x' }, /"compilerOptions" is "x": it must be an object/],
  ])('%s', (_name, tsconfig, message) => {
    const root = app('next15-app-src-ts', (r) => fs.writeFileSync(path.join(r, 'tsconfig.json'), JSON.stringify(tsconfig)));
    expectRefused(root, INIT, 1, message);
  });

  it('a wrongly typed field in an extended file names that file', () => {
    const root = app('next15-app-src-ts', (r) => {
      fs.writeFileSync(path.join(r, 'tsconfig.json'), '{ "extends": "./tsconfig.base.json" }');
      fs.writeFileSync(path.join(r, 'tsconfig.base.json'), '{ "compilerOptions": { "paths": { "@/*": "./src/*" } } }');
    });
    expectRefused(root, INIT, 1, /^✖ tsconfig\.base\.json cannot be read \("compilerOptions\.paths" maps "@\/\*" to "\.\/src\/\*"/);
  });
});

describe('--config must name a JSON or JS/TS Amplify config file inside the project (exit 2)', () => {
  it.each([
    [['--config', '/etc/passwd'], /--config \/etc\/passwd is outside the project/],
    [['--config', '../outside.json'], /--config \.\.\/outside\.json is outside the project/],
    [['--config', 'src/app'], /--config src\/app is a folder, not an Amplify config file/],
    [['--config', '.'], /--config \. is a folder, not an Amplify config file/],
    [['--config', 'src/app/globals.css'], /--config src\/app\/globals\.css is not a JSON, JS or TS file/],
    [
      ['--config', 'package.json'],
      /--config package\.json is not an Amplify config: it has none of the keys an Amplify config has \(found name, /,
    ],
    [['--config', 'tsconfig.json'], /--config tsconfig\.json is not an Amplify config: /],
    [['--config', 'nope.json'], /--config nope\.json: no such file in /],
  ])('%j', (flags, message) => {
    const root = app('next15-app-src-ts');
    expectRefused(root, [...INIT, ...flags], 2, message);
  });

  it('a FIFO named by --config is refused without being opened', () => {
    const root = app('next15-app-src-ts', (r) => execFileSync('mkfifo', [path.join(r, 'outputs.json')]));
    expectRefused(
      root,
      [...INIT, '--config', 'outputs.json'],
      2,
      /--config outputs\.json is not a regular file, not an Amplify config file/,
    );
  });

  it('an Amplify config under another name is imported', () => {
    const root = app('next15-app-src-ts', (r) => {
      fs.mkdirSync(path.join(r, 'config'));
      fs.writeFileSync(path.join(r, 'config/amplify.json'), '{ "version": "1.3", "auth": {} }\n');
    });
    const result = run([...INIT, '--config', 'config/amplify.json', '--cwd', root]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Amplify config  config/amplify.json (Gen 2)\n');
    expect(fs.readFileSync(path.join(root, 'src/utils/amplifyServerUtils.ts'), 'utf8')).toContain(
      'import config from "../../config/amplify.json";',
    );
  });
});

/** 'café' in Windows-1252: 0xE9 is not UTF-8. */
const CP1252_COMMENT = Buffer.from('// caf\xe9 au lait\n', 'latin1');

describe('a file that is not UTF-8 is left byte for byte and reported', () => {
  it('init: the root layout is skipped (named, with what to do); the other files are written', () => {
    const layout = 'src/app/layout.tsx';
    const root = app('next15-app-src-ts', (r) => {
      const file = path.join(r, layout);
      fs.writeFileSync(file, Buffer.concat([CP1252_COMMENT, fs.readFileSync(file)]));
    });
    const before = fs.readFileSync(path.join(root, layout));
    const result = run([...INIT, '--json', '--cwd', root]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain(`! ${layout}: not valid UTF-8 (byte 0xE9 at 1:7); left alone: save it as UTF-8, then run again\n`);
    const summary = JSON.parse(result.stdout);
    expect(summary.skipped).toEqual([
      { path: layout, reason: 'not valid UTF-8 (byte 0xE9 at 1:7); left alone: save it as UTF-8, then run again' },
    ]);
    expect(summary.created).toEqual([
      'src/utils/amplifyServerUtils.ts',
      'src/components/ConfigureAmplifyClientSide.tsx',
      'src/middleware.ts',
    ]);
    expect(fs.readFileSync(path.join(root, layout)).equals(before)).toBe(true);
  });

  it('init: pages/_app is skipped, also with --force', () => {
    const root = app('next13-pages-ts', (r) => {
      const file = path.join(r, 'pages/_app.tsx');
      fs.writeFileSync(file, Buffer.concat([fs.readFileSync(file), CP1252_COMMENT]));
    });
    const before = fs.readFileSync(path.join(root, 'pages/_app.tsx'));
    const result = run([...INIT, '--force', '--cwd', root]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/! pages\/_app\.tsx: not valid UTF-8 \(byte 0xE9 at 7:7\); left alone/);
    expect(fs.readFileSync(path.join(root, 'pages/_app.tsx')).equals(before)).toBe(true);
  });

  it('init --force never replaces a generated file that is not UTF-8', () => {
    const root = app('next15-app-src-ts', (r) =>
      fs.writeFileSync(path.join(r, 'src/middleware.ts'), Buffer.concat([CP1252_COMMENT, Buffer.from('export {};\n')])),
    );
    const before = fs.readFileSync(path.join(root, 'src/middleware.ts'));
    const result = run([...INIT, '--force', '--cwd', root]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('! src/middleware.ts: not valid UTF-8 (byte 0xE9 at 1:7); left alone');
    expect(fs.readFileSync(path.join(root, 'src/middleware.ts')).equals(before)).toBe(true);
  });

  it('init: a package.json that is not UTF-8 is one line, exit 1', () => {
    const root = app('next15-app-src-ts', (r) => {
      const file = path.join(r, 'package.json');
      fs.writeFileSync(
        file,
        Buffer.from(fs.readFileSync(file, 'utf8').replace('"private": true', '"description": "caf\xe9", "private": true'), 'latin1'),
      );
    });
    expectRefused(
      root,
      INIT,
      1,
      /^✖ package\.json is not valid UTF-8 \(byte 0xE9 at \d+:\d+\)\.\n {2}Save package\.json as UTF-8, then run again\.\n$/,
    );
  });

  it('add auth-routes: a .env.local that is not UTF-8 is one line, exit 1', () => {
    const root = app('next15-app-src-ts', (r) => fs.writeFileSync(path.join(r, '.env.local'), Buffer.from('GREETING=caf\xe9\n', 'latin1')));
    expectRefused(root, AUTH_ROUTES, 1, /^✖ \.env\.local is not valid UTF-8 \(byte 0xE9 at 1:13\)\.\n/);
  });

  it('migrate-v5: a candidate that is not UTF-8 is reported and left alone; the rest migrates (exit 3)', () => {
    const root = v5App({
      'pages/latin.js': Buffer.concat([CP1252_COMMENT, Buffer.from(V5_PAGE)]),
      'pages/other.js': Buffer.concat([CP1252_COMMENT, Buffer.from('export default function Other() {\n  return null;\n}\n')]),
    });
    const before = snapshot(root);
    const result = run([...MIGRATE, '--json', '--cwd', root]);
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain('✖ pages/latin.js:1:7: not valid UTF-8 (byte 0xE9); left alone: save it as UTF-8, then run again\n');
    const summary = JSON.parse(result.stdout);
    expect(summary.errors).toEqual([
      { file: 'pages/latin.js', message: '1:7: not valid UTF-8 (byte 0xE9); left alone: save it as UTF-8, then run again' },
    ]);
    expect(summary.filesChanged).toEqual(['pages/index.js']);
    expect(summary.totals).toMatchObject({ scanned: 3, changed: 1, unchanged: 1, errors: 1 });
    const after = snapshot(root);
    expect(after['pages/latin.js']).toBe(before['pages/latin.js']);
    expect(after['pages/other.js']).toBe(before['pages/other.js']);
    expect(after['pages/index.js']).not.toBe(before['pages/index.js']);
  });
});

describe("an edit keeps the file's own line ends: LF, CRLF or CR", () => {
  const withLineEnds = (text: string, eol: string) => text.replace(/\n/g, eol);

  it.each([
    ['CR', '\r'],
    ['CRLF', '\r\n'],
  ])('init: a %s root layout keeps those line ends, else comes back as an LF one does; a second run plans nothing', (_name, eol) => {
    const layout = 'src/app/layout.tsx';
    const lf = app('next15-app-src-ts');
    expect(run([...INIT, '--cwd', lf]).exitCode).toBe(0);
    const root = app('next15-app-src-ts', (r) => {
      const file = path.join(r, layout);
      fs.writeFileSync(file, withLineEnds(fs.readFileSync(file, 'utf8'), eol));
    });
    expect(run([...INIT, '--cwd', root]).exitCode).toBe(0);
    const edited = fs.readFileSync(path.join(root, layout), 'utf8');
    expect(edited).toBe(withLineEnds(fs.readFileSync(path.join(lf, layout), 'utf8'), eol));
    expect(edited).toContain('<ConfigureAmplifyClientSide />');
    const second = run([...INIT, '--json', '--cwd', root]);
    expect(JSON.parse(second.stdout)).toMatchObject({ outcome: 'nothing-to-do', created: [], updated: [] });
  });

  it('init: a CR-only pages/_app comes back CR-only', () => {
    const lf = app('next13-pages-ts');
    expect(run([...INIT, '--cwd', lf]).exitCode).toBe(0);
    const root = app('next13-pages-ts', (r) => {
      const file = path.join(r, 'pages/_app.tsx');
      fs.writeFileSync(file, withLineEnds(fs.readFileSync(file, 'utf8'), '\r'));
    });
    expect(run([...INIT, '--cwd', root]).exitCode).toBe(0);
    expect(fs.readFileSync(path.join(root, 'pages/_app.tsx'), 'utf8')).toBe(
      withLineEnds(fs.readFileSync(path.join(lf, 'pages/_app.tsx'), 'utf8'), '\r'),
    );
  });

  it.each([
    ['CR', '\r'],
    ['CRLF', '\r\n'],
  ])('migrate-v5: a %s file keeps those line ends, else is migrated as an LF one is', (_name, eol) => {
    const root = v5App({ 'pages/other.js': withLineEnds(V5_PAGE, eol) });
    const result = run([...MIGRATE, '--cwd', root]);
    expect(result.exitCode).toBe(0);
    const lf = fs.readFileSync(path.join(root, 'pages/index.js'), 'utf8');
    expect(lf).toContain('runWithAmplifyServerContext');
    expect(fs.readFileSync(path.join(root, 'pages/other.js'), 'utf8')).toBe(withLineEnds(lf, eol));
  });
});
