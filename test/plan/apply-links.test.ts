import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyChanges } from '../../src/plan/apply.js';
import { confinePlan } from '../../src/plan/confine.js';
import { emptyPlan, type FileChange } from '../../src/plan/plan.js';
import { realLocation } from '../../src/project/real-path.js';
import { cleanupTrees, makeTree } from '../helpers/tree.js';

afterEach(cleanupTrees);

const create = (file: string, after: string): FileChange => ({ path: file, kind: 'create', before: null, after, reason: 'test' });

describe('realLocation', () => {
  it('follows a chain of dangling links to the file a write would create', () => {
    const root = fs.realpathSync(makeTree({ 'real/.keep': '' }));
    fs.symlinkSync('real', path.join(root, 'dir'));
    fs.symlinkSync('dir/missing.js', path.join(root, 'first'));
    fs.symlinkSync('first', path.join(root, 'second'));
    expect(realLocation(path.join(root, 'second'))).toBe(path.join(root, 'real/missing.js'));
    expect(realLocation(path.join(root, 'dir/new/deeper.js'))).toBe(path.join(root, 'real/new/deeper.js'));
  });

  it('gives up on a loop of links with ELOOP', () => {
    const root = makeTree({});
    fs.symlinkSync('b', path.join(root, 'a'));
    fs.symlinkSync('a', path.join(root, 'b'));
    expect(() => realLocation(path.join(root, 'a'))).toThrow(/ELOOP/);
  });
});

describe('confinePlan', () => {
  it('keeps one change per real file and reports the second path as the same file', () => {
    const root = makeTree({ 'lib/.keep': '' });
    fs.symlinkSync('lib', path.join(root, 'alias'));
    const plan = emptyPlan();
    plan.changes.push(create('lib/x.js', '1'), create('alias/x.js', '2'));
    confinePlan(plan, root);
    expect(plan.changes.map((c) => c.path)).toEqual(['lib/x.js']);
    expect(plan.skipped).toEqual([
      { path: 'alias/x.js', reason: 'is the same file as lib/x.js (through a symlink), which is already planned' },
    ]);
  });
});

describe('applyChanges', () => {
  it('refuses, before writing anything, a target that a link swapped in after planning points outside', () => {
    const outside = makeTree({});
    const root = makeTree({ 'a.txt': 'old\n' });
    fs.symlinkSync(outside, path.join(root, 'late'));
    expect(() => applyChanges(root, [create('b.txt', 'b'), create('late/c.txt', 'c')])).toThrow(
      /late\/c\.txt really is .* outside the project.*nothing was written/,
    );
    expect(fs.readdirSync(outside)).toEqual([]);
    expect(fs.readdirSync(root).sort()).toEqual(['a.txt', 'late']);
  });

  it('refuses two paths of one file with a clear message, not a temp-file ENOENT', () => {
    const root = makeTree({ 'lib/.keep': '' });
    fs.symlinkSync('lib', path.join(root, 'alias'));
    expect(() => applyChanges(root, [create('lib/x.js', '1'), create('alias/x.js', '2')])).toThrow(
      'lib/x.js and alias/x.js are the same file (through a symlink); nothing was written.',
    );
    expect(fs.readdirSync(path.join(root, 'lib'))).toEqual(['.keep']);
  });
});
