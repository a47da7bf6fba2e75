import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyChanges } from '../../src/plan/apply.js';
import type { FileChange } from '../../src/plan/plan.js';
import { cleanupTrees, makeTree, readTree } from '../helpers/tree.js';

afterEach(cleanupTrees);

const create = (file: string, after: string): FileChange => ({ path: file, kind: 'create', before: null, after, reason: 'test' });
const update = (file: string, before: string, after: string): FileChange => ({ path: file, kind: 'update', before, after, reason: 'test' });

describe('applyChanges', () => {
  it('writes every file, creating folders, and leaves no temp file', () => {
    const root = makeTree({ 'a.txt': 'old\n' });
    applyChanges(root, [update('a.txt', 'old\n', 'new\n'), create('deep/er/b.txt', 'b\n')]);
    expect(readTree(root)).toEqual({ 'a.txt': 'new\n', 'deep/er/b.txt': 'b\n' });
  });

  it('writes nothing when one target cannot be written, and removes the folders it made', () => {
    const root = makeTree({ 'a.txt': 'old\n', blocked: 'a file where a folder must go' });
    expect(() => applyChanges(root, [update('a.txt', 'old\n', 'new\n'), create('made/c.txt', 'c'), create('blocked/b.txt', 'b')])).toThrow(
      /Could not write .*nothing was changed/,
    );
    expect(readTree(root)).toEqual({ 'a.txt': 'old\n', blocked: 'a file where a folder must go' });
  });

  it('puts earlier files back when a later rename fails', () => {
    const root = makeTree({ 'a.txt': 'old\n' });
    fs.mkdirSync(path.join(root, 'dir-in-the-way'));
    fs.writeFileSync(path.join(root, 'dir-in-the-way', 'keep'), 'x');
    // Renaming a file over a non-empty folder fails after a.txt has already been replaced.
    const changes = [update('a.txt', 'old\n', 'new\n'), create('dir-in-the-way', 'file')];
    expect(() => applyChanges(root, changes)).toThrow();
    expect(fs.readFileSync(path.join(root, 'a.txt'), 'utf8')).toBe('old\n');
    expect(fs.readdirSync(root).sort()).toEqual(['a.txt', 'dir-in-the-way']);
  });

  it('refuses a file that changed since it was planned', () => {
    const root = makeTree({ 'a.txt': 'edited meanwhile\n' });
    expect(() => applyChanges(root, [update('a.txt', 'old\n', 'new\n')])).toThrow(/a\.txt changed while amplify-next was running/);
    expect(fs.readFileSync(path.join(root, 'a.txt'), 'utf8')).toBe('edited meanwhile\n');
  });

  it('updates a symlinked file where it lives and keeps the link', () => {
    const root = makeTree({ 'shared/env': 'A=1\n', 'app/.keep': '' });
    fs.symlinkSync('../shared/env', path.join(root, 'app/.env.local'));
    applyChanges(root, [update('app/.env.local', 'A=1\n', 'A=1\nB=2\n')]);
    expect(fs.lstatSync(path.join(root, 'app/.env.local')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(root, 'shared/env'), 'utf8')).toBe('A=1\nB=2\n');
  });

  it('keeps the permissions of an updated file', () => {
    const root = makeTree({ 'run.sh': 'echo a\n' });
    fs.chmodSync(path.join(root, 'run.sh'), 0o775);
    applyChanges(root, [update('run.sh', 'echo a\n', 'echo b\n')]);
    expect(fs.statSync(path.join(root, 'run.sh')).mode & 0o777).toBe(0o775);
  });

  it('refuses a plan that changes one file twice', () => {
    const root = makeTree({});
    expect(() => applyChanges(root, [create('a', '1'), create('a', '2')])).toThrow(/changes a twice/);
    expect(readTree(root)).toEqual({});
  });
});
