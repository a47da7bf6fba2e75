import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toProjectPath } from '../../src/project/project-path.js';

describe('toProjectPath', () => {
  const root = path.resolve('/work/app');
  // What path.relative gives, which the quick way for paths a walk built must never differ from.
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');

  it.each([
    'pages/index.tsx',
    'src/app/[lang]/layout.tsx',
    'a/b/c/d.ts',
    '.hidden/x.js',
    '..dots/x.js',
    'x..y/z.js',
    'a/./b.js',
    'a/../b.js',
    '../outside.js',
    'a//b.js',
    'a/b/',
    '',
  ])('%j below the root gives what path.relative gives', (inner) => {
    const file = `${root}${path.sep}${inner}`;
    expect(toProjectPath(root, file)).toBe(relative(file));
  });

  it('gives what path.relative gives for the root itself, a sibling with the root as prefix, and another root', () => {
    for (const file of [root, `${root}-other/x.js`, path.resolve('/elsewhere/x.js')])
      expect(toProjectPath(root, file)).toBe(relative(file));
    const trailing = `${root}${path.sep}`;
    expect(toProjectPath(trailing, `${root}/pages/a.js`)).toBe('pages/a.js');
    expect(toProjectPath(`${root}/./`, `${root}/pages/a.js`)).toBe('pages/a.js');
  });
});
