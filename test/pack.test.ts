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

describe('npm pack', () => {
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], REPO)) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const files = packed!.files.map((file) => file.path);

  it('holds the bin, the built code and the templates, and no sources, tests or fixtures', () => {
    expect(files).toContain('bin/amplify-next.js');
    expect(files).toContain('dist/src/cli.js');
    expect(files).toContain('dist/src/migrate/worker.js');
    expect(files).toContain('templates/middleware.ts');
    expect(files.filter((file) => /^(src|test|examples|scripts)\//.test(file) || /__testfixtures__|\.test\.|fixtures\.js/.test(file))).toEqual([]);
  });

  it('installs from the tarball (dependencies from the npm cache, offline) and answers --help', () => {
    const app = path.join(work, 'app');
    fs.mkdirSync(app);
    fs.writeFileSync(path.join(app, 'package.json'), '{ "name": "pack-check", "private": true }\n');
    npm(['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', path.join(work, packed!.filename)], app);
    const bin = path.join(app, 'node_modules', '.bin', 'amplify-next');
    const result = spawnSync(bin, ['--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: amplify-next');
    expect(result.stdout).toMatch(/init .*\n.*add/s);
    expect(result.stdout).toContain('migrate-v5');
  }, 120_000);
});
