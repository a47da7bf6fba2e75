import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isRoot } from '../helpers/as-user.js';
import { REPO, runCli } from '../helpers/cli.js';
import { snapshot, tempFiles } from '../helpers/snapshot.js';
import { makeTree } from '../helpers/tree.js';

const APP = path.join(REPO, 'test/fixtures/apps/next15-app-js');
const PAGE = 4096;
const mounted: string[] = [];

afterEach(() => {
  for (const dir of mounted.splice(0)) execFileSync('umount', [dir]);
});

/** Whether a tmpfs can be mounted here (root, with the right to mount). */
function canMountTmpfs(): boolean {
  if (!isRoot) return false;
  const dir = makeTree({});
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]).status !== 0) return false;
  execFileSync('umount', [dir]);
  return true;
}

/** The fixture app on a 1 MiB tmpfs filled up but for `freePages` pages of 4 KiB. */
function appOnFullDisk(freePages: number): string {
  const disk = makeTree({});
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', disk]);
  mounted.push(disk);
  const root = path.join(disk, 'app');
  fs.cpSync(APP, root, { recursive: true });
  const fd = fs.openSync(path.join(disk, 'filler'), 'w');
  try {
    for (;;) fs.writeSync(fd, Buffer.alloc(PAGE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
  fs.ftruncateSync(fd, Math.floor(fs.fstatSync(fd).size / PAGE - freePages) * PAGE);
  fs.closeSync(fd);
  return root;
}

describe.runIf(canMountTmpfs())('disk full during the write phase', () => {
  it('a later file that does not fit: names it, removes every temp file and the folders the run made', () => {
    // One free page: the utils module (a new folder and file) fits, the client component does not.
    const root = appOnFullDisk(1);
    const before = snapshot(root);
    const result = runCli(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(
      'Could not write components/ConfigureAmplifyClientSide.js (ENOSPC: no space left on device); nothing was changed.',
    );
    expect(result.stderr).toContain('Free some disk space, then run again.');
    expect(snapshot(root)).toEqual(before);
    expect(tempFiles(root)).toEqual([]);
  });

  it('the first file that does not fit: names it, and its new folder is gone too', () => {
    const root = appOnFullDisk(0);
    const before = snapshot(root);
    const result = runCli(['init', '--yes', '--skip-install', '--cwd', root]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('Could not write utils/amplifyServerUtils.js (ENOSPC: no space left on device); nothing was changed.');
    expect(snapshot(root)).toEqual(before);
    expect(fs.existsSync(path.join(root, 'utils'))).toBe(false);
  });
});
