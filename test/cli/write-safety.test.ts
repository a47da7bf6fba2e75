import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canRunAsUser, chownTree, isRoot, runCliAs, USER } from '../helpers/as-user.js';
import { REPO, runCli, runJson } from '../helpers/cli.js';
import { snapshot, tempFiles } from '../helpers/snapshot.js';
import { cleanupTrees, copyTree, makeTree, packageJson } from '../helpers/tree.js';

afterAll(cleanupTrees);

const APP = path.join(REPO, 'test/fixtures/apps/next15-app-js');

/** The fixture app inside a temp folder, next to a folder `outside` that is not part of the project. */
function appWithOutside(): { root: string; outside: string } {
  const parent = makeTree({ 'outside/.keep': '' });
  const root = path.join(parent, 'app');
  fs.cpSync(APP, root, { recursive: true });
  return { root, outside: path.join(parent, 'outside') };
}

/** Moves `file` of the project to the outside folder and leaves a symlink to it in its place. */
function linkOut(root: string, outside: string, file: string): string {
  const moved = path.join(outside, path.basename(file));
  fs.renameSync(path.join(root, file), moved);
  fs.symlinkSync(moved, path.join(root, file));
  return fs.realpathSync(moved);
}

const OUTSIDE = /really is (\S+) \(through a symlink\), outside the project, where amplify-next never writes/;

describe('a target whose real path is outside the project is never written', () => {
  it('init: a symlinked root layout is skipped and reported; the rest is written', () => {
    const { root, outside } = appWithOutside();
    const real = linkOut(root, outside, 'app/layout.js');
    const before = snapshot(outside);
    const dry = runCli(['init', '--yes', '--skip-install', '--dry-run', '--cwd', root]);
    const result = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(result.exitCode).toBe(0);
    expect(snapshot(outside)).toEqual(before);
    expect(result.json.skipped).toEqual([{ path: 'app/layout.js', reason: expect.stringMatching(OUTSIDE) }]);
    expect(result.json.skipped[0].reason).toContain(real);
    expect(result.json.created).toEqual(['utils/amplifyServerUtils.js', 'components/ConfigureAmplifyClientSide.js', 'middleware.js']);
    expect(result.json.updated).toEqual([]);
    expect(dry.stdout).toContain(`! app/layout.js: really is ${real} (through a symlink)`);
    expect(dry.stdout).not.toContain('+++ b/app/layout.js');
    expect(tempFiles(root)).toEqual([]);
  });

  it('init: a utils folder that links outside gets no file; the skip names where it points', () => {
    const { root, outside } = appWithOutside();
    fs.mkdirSync(path.join(outside, 'utils'));
    fs.symlinkSync(path.join(outside, 'utils'), path.join(root, 'utils'));
    const { json, exitCode } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(fs.readdirSync(path.join(outside, 'utils'))).toEqual([]);
    expect(json.skipped).toEqual([
      {
        path: 'utils/amplifyServerUtils.js',
        reason: expect.stringContaining(`really is ${fs.realpathSync(outside)}/utils/amplifyServerUtils.js`),
      },
    ]);
    expect(json.created).not.toContain('utils/amplifyServerUtils.js');
  });

  it('init --force does not replace a middleware that links outside', () => {
    const { root, outside } = appWithOutside();
    fs.writeFileSync(path.join(root, 'middleware.js'), 'export function middleware() {}\n');
    linkOut(root, outside, 'middleware.js');
    const before = snapshot(outside);
    const { json, exitCode } = runJson(['init', '--yes', '--skip-install', '--force', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(snapshot(outside)).toEqual(before);
    expect(json.skipped).toEqual([{ path: 'middleware.js', reason: expect.stringMatching(OUTSIDE) }]);
    expect(fs.lstatSync(path.join(root, 'middleware.js')).isSymbolicLink()).toBe(true);
  });

  it('add auth-routes does not append to a .env.local that links outside', () => {
    const { root, outside } = appWithOutside();
    expect(runCli(['init', '--yes', '--skip-install', '--cwd', root]).exitCode).toBe(0);
    fs.writeFileSync(path.join(root, '.env.local'), 'OTHER=1\n');
    linkOut(root, outside, '.env.local');
    const before = snapshot(outside);
    const { json, exitCode } = runJson(['add', 'auth-routes', '--yes', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(snapshot(outside)).toEqual(before);
    expect(json.skipped).toEqual([{ path: '.env.local', reason: expect.stringMatching(OUTSIDE) }]);
    expect(json.created).toContain('app/api/auth/[slug]/route.js');
  });

  it('a dangling symlink to an outside path is not followed to create the file there', () => {
    const { root, outside } = appWithOutside();
    fs.symlinkSync(path.join(outside, 'missing.js'), path.join(root, 'middleware.js'));
    const { json, exitCode } = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(fs.existsSync(path.join(outside, 'missing.js'))).toBe(false);
    expect(json.skipped).toEqual([
      { path: 'middleware.js', reason: expect.stringContaining(`really is ${fs.realpathSync(outside)}/missing.js`) },
    ]);
  });

  it('an inside symlink is followed, and the import is computed from where the file really is', () => {
    const root = copyTree(APP);
    fs.rmSync(path.join(root, 'jsconfig.json'));
    fs.mkdirSync(path.join(root, 'shared/deep'), { recursive: true });
    fs.renameSync(path.join(root, 'app/layout.js'), path.join(root, 'shared/deep/layout.js'));
    fs.symlinkSync('../shared/deep/layout.js', path.join(root, 'app/layout.js'));
    expect(runCli(['init', '--yes', '--skip-install', '--cwd', root]).exitCode).toBe(0);
    expect(fs.lstatSync(path.join(root, 'app/layout.js')).isSymbolicLink()).toBe(true);
    const layout = fs.readFileSync(path.join(root, 'shared/deep/layout.js'), 'utf8');
    expect(layout).toContain('import ConfigureAmplifyClientSide from "../../components/ConfigureAmplifyClientSide";');
  });
});

const V5_PAGE = `import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const SSR = withSSRContext({ req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  return { props: { username: user.username } };
}
`;

function v5Project(files: Record<string, string> = {}): string {
  return makeTree({
    'package.json': packageJson({ next: '14.2.35', 'aws-amplify': '^6.0.0' }),
    'amplify_outputs.json': '{}\n',
    'pages/index.js': V5_PAGE,
    ...files,
  });
}

describe('migrate-v5 and symlinked folders', () => {
  it('a path that is a symlink to an outside folder is skipped and reported, nothing there is written', () => {
    const outside = makeTree({ 'page.js': V5_PAGE, 'api/user.js': V5_PAGE });
    const root = v5Project({ 'src/.keep': '' });
    fs.symlinkSync(outside, path.join(root, 'src/linked'));
    const before = snapshot(outside);
    const { json, exitCode, stderr } = runJson(['migrate-v5', '--yes', 'src/linked', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(snapshot(outside)).toEqual(before);
    expect(json.filesChanged).toEqual([]);
    expect(json.skipped).toEqual([
      { path: 'src/linked', reason: expect.stringContaining(`really is ${fs.realpathSync(outside)} (through a symlink)`) },
    ]);
    expect(json.skipped[0].reason).toContain('run migrate-v5 in the project it belongs to');
    expect(stderr).toContain(`! src/linked: really is ${fs.realpathSync(outside)} (through a symlink)`);
    expect(tempFiles(outside)).toEqual([]);
  });

  it('a folder reached twice through a link is migrated once, with imports from where the file really is', () => {
    const root = v5Project();
    fs.symlinkSync('.', path.join(root, 'pages/self'));
    const { json, exitCode, stderr } = runJson(['migrate-v5', '--yes', 'pages', 'pages/self', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(json.filesChanged).toEqual(['pages/index.js']);
    expect(json.notes).toContain('pages/self is pages through a symlink: its files are migrated there, once.');
    expect(stderr).not.toMatch(/ENOENT/);
    const page = fs.readFileSync(path.join(root, 'pages/index.js'), 'utf8');
    expect(page).toContain("from '../utils/amplifyServerUtils'");
    expect(tempFiles(root)).toEqual([]);
  });

  it('a path through a link inside the project migrates the real file once', () => {
    const root = v5Project();
    fs.symlinkSync('.', path.join(root, 'pages/self'));
    const { json, exitCode } = runJson(['migrate-v5', '--yes', 'pages/self/index.js', '--cwd', root]);
    expect(exitCode).toBe(0);
    expect(json.filesChanged).toEqual(['pages/index.js']);
    expect(fs.readFileSync(path.join(root, 'pages/index.js'), 'utf8')).toContain("from '../utils/amplifyServerUtils'");
  });
});

describe('read-only targets', () => {
  it('as root, a 0444 file is reported and nothing is written (exit 1)', () => {
    const root = copyTree(APP);
    fs.chmodSync(path.join(root, 'app/layout.js'), 0o444);
    const before = snapshot(root);
    const result = runCli(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('app/layout.js is read-only (mode 0444); nothing was written.');
    expect(result.stderr).toContain('chmod u+w app/layout.js');
    expect(snapshot(root)).toEqual(before);
  });

  it.runIf(canRunAsUser())('as its owner (a non-root uid), a 0444 file is reported and nothing is written (exit 1)', () => {
    const root = copyTree(APP);
    fs.chmodSync(path.join(root, 'app/layout.js'), 0o444);
    chownTree(root);
    const before = snapshot(root);
    const result = runCliAs(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('app/layout.js is read-only (mode 0444); nothing was written.');
    expect(snapshot(root)).toEqual(before);
  });

  it.runIf(canRunAsUser())('as a non-root uid, the project it owns is written with its own owner', () => {
    const root = copyTree(APP);
    chownTree(root);
    const result = runCliAs(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(result.exitCode).toBe(0);
    for (const [file, entry] of Object.entries(snapshot(root))) expect({ file, uid: entry.uid }).toEqual({ file, uid: USER.uid });
  });
});

describe.runIf(isRoot)('owners, run as root on a project owned by someone else', () => {
  it('replaced files keep their owner, group and mode; new files and folders get the owner of their folder', () => {
    const root = copyTree(APP);
    fs.chmodSync(path.join(root, 'app/layout.js'), 0o640);
    chownTree(root);
    const result = runJson(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(result.exitCode).toBe(0);
    expect(result.json.updated).toEqual(['app/layout.js']);
    const after = snapshot(root);
    expect(Object.keys(after)).toEqual(
      expect.arrayContaining(['utils', 'utils/amplifyServerUtils.js', 'components/ConfigureAmplifyClientSide.js', 'middleware.js']),
    );
    for (const [file, entry] of Object.entries(after)) {
      expect({ file, uid: entry.uid, gid: entry.gid }).toEqual({ file, uid: USER.uid, gid: USER.gid });
    }
    expect(after['app/layout.js'].mode).toBe(0o640);
  });
});

describe('a write that fails after the package install', () => {
  it('says what the install had changed', () => {
    const root = copyTree(APP);
    const bin = makeTree({});
    const releases = path.join(REPO, 'test/fixtures/adapter-nextjs-releases.json');
    // The install adds the packages and, as an editor might meanwhile, saves the root layout.
    fs.writeFileSync(
      path.join(bin, 'npm'),
      `#!/bin/sh
if [ "$1" = "view" ]; then cat '${releases}'; exit 0; fi
sed -i 's/"dependencies": {/"dependencies": {\\n    "aws-amplify": "^6.0.0",/' package.json
echo '// saved' >> app/layout.js
`,
      { mode: 0o755 },
    );
    const result = runCli(['init', '--yes', '--cwd', root], { env: { PATH: `${bin}${path.delimiter}${process.env.PATH}` } });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(
      'app/layout.js changed while amplify-next was running: no file was written, but `npm install aws-amplify @aws-amplify/adapter-nextjs@^1.8.0` had already changed package.json.',
    );
    expect(fs.existsSync(path.join(root, 'middleware.js'))).toBe(false);
  });
});
