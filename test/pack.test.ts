import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from './helpers/cli.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'amplify-next-pack-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Lays the tarball out as `npm install <tarball>` would, without the registry: the package is unpacked into
 * `node_modules/amplify-next` and only the dependencies its package.json declares are linked in from this
 * project's `node_modules` (their own dependencies resolve beside them there). A dependency the package uses
 * but does not declare therefore fails to load, as it would for a user.
 */
function installOffline(tarball: string, app: string): string {
  const target = path.join(app, 'node_modules', 'amplify-next');
  fs.mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  const manifest = JSON.parse(fs.readFileSync(path.join(target, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  for (const name of Object.keys(manifest.dependencies)) {
    const link = path.join(app, 'node_modules', name);
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(path.join(REPO, 'node_modules', name), link, 'dir');
  }
  return target;
}

describe('npm pack', () => {
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], REPO)) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  const files = packed!.files.map((file) => file.path);

  it('holds the bin, the built code and the templates, and no sources, tests or fixtures', () => {
    expect(files).toContain('bin/amplify-next.js');
    expect(files).toContain('dist/bundle/cli.js');
    expect(files).toContain('dist/bundle/worker.js');
    expect(files).toContain('templates/middleware.ts');
    expect(files.filter((file) => file.startsWith('dist/') && !file.startsWith('dist/bundle/'))).toEqual([]);
    expect(
      files.filter((file) => /^(src|test|examples|scripts)\//.test(file) || /__testfixtures__|\.test\.|fixtures\.js/.test(file)),
    ).toEqual([]);
  });

  it('runs from the unpacked tarball with only its declared dependencies and answers --help', () => {
    const app = path.join(work, 'app');
    const installed = installOffline(path.join(work, packed!.filename), app);
    const bin = path.join(installed, 'bin', 'amplify-next.js');
    expect(fs.statSync(bin).mode & 0o111).not.toBe(0);
    const result = spawnSync(bin, ['--help'], { encoding: 'utf8', cwd: app });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: amplify-next');
    expect(result.stdout).toMatch(/init .*\n.*add/s);
    expect(result.stdout).toContain('migrate-v5');
  }, 120_000);

  it('migrate-v5 runs its worker pool from the unpacked tarball', () => {
    const app = path.join(work, 'app');
    const project = path.join(work, 'project');
    fs.mkdirSync(path.join(project, 'pages'), { recursive: true });
    fs.writeFileSync(
      path.join(project, 'package.json'),
      '{ "name": "p", "private": true, "dependencies": { "next": "15.0.0", "aws-amplify": "^6.0.0" } }\n',
    );
    // More files than the pool migrates in its own thread, so the workers load from the tarball too.
    const v5Page = [
      "import { withSSRContext } from 'aws-amplify';",
      'export async function getServerSideProps({ req }) {',
      '  const SSR = withSSRContext({ req });',
      '  const user = await SSR.Auth.currentAuthenticatedUser();',
      '  return { props: { username: user.username } };',
      '}',
      'export default function Page() { return null; }',
      '',
    ].join('\n');
    for (let index = 0; index < 20; index += 1) fs.writeFileSync(path.join(project, 'pages', `page${index}.js`), v5Page);
    // And enough source files that the workers read the tree as well.
    fs.mkdirSync(path.join(project, 'lib'));
    for (let index = 0; index < 1000; index += 1)
      fs.writeFileSync(path.join(project, 'lib', `util${index}.js`), `export const n = ${index};\n`);
    const bin = path.join(app, 'node_modules', 'amplify-next', 'bin', 'amplify-next.js');
    const result = spawnSync(bin, ['migrate-v5', '--cwd', project, '--dry-run', '--json', '--jobs', '2'], { encoding: 'utf8', cwd: app });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).totals).toMatchObject({ scanned: 1020, changed: 20, errors: 0 });
  }, 120_000);
});
