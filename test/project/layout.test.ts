import { afterEach, describe, expect, it } from 'vitest';
import { detectLayout } from '../../src/project/layout.js';
import { cleanupTrees, makeTree } from '../helpers/tree.js';

afterEach(cleanupTrees);

const dirs = (...names: string[]) => Object.fromEntries(names.map((name) => [`${name}/.keep`, '']));

describe('detectLayout', () => {
  it.each([
    [['app'], { srcDir: false, routers: { app: 'app' } }],
    [['pages'], { srcDir: false, routers: { pages: 'pages' } }],
    [['app', 'pages'], { srcDir: false, routers: { app: 'app', pages: 'pages' } }],
    [['src/app'], { srcDir: true, routers: { app: 'src/app' } }],
    [['src/pages'], { srcDir: true, routers: { pages: 'src/pages' } }],
    [['src/app', 'src/pages'], { srcDir: true, routers: { app: 'src/app', pages: 'src/pages' } }],
    // Next.js reads src/ only when the root has neither app/ nor pages/
    [['app', 'src/pages'], { srcDir: false, routers: { app: 'app' } }],
  ])('%j → %j', (folders, expected) => {
    expect(detectLayout(makeTree(dirs(...folders)))).toEqual(expected);
  });

  it('refuses app/ and src/app/ together, naming both', () => {
    expect(() => detectLayout(makeTree(dirs('app', 'src/app')))).toThrow(/Both app\/ and src\/app\/ exist/);
  });

  it('refuses pages/ and src/pages/ together', () => {
    expect(() => detectLayout(makeTree(dirs('pages', 'src/pages')))).toThrow(/Both pages\/ and src\/pages\/ exist/);
  });

  it('refuses a project with neither router', () => {
    expect(() => detectLayout(makeTree(dirs('components')))).toThrow(/No app\/ or pages\/ folder/);
  });
});
