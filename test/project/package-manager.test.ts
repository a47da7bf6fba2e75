import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { detectPackageManager } from '../../src/project/package-manager.js';
import { cleanupTrees, makeTree } from '../helpers/tree.js';

afterEach(cleanupTrees);

describe('detectPackageManager', () => {
  it('reads the packageManager field first', () => {
    const root = makeTree({ 'package-lock.json': '{}' });
    expect(detectPackageManager(root, { packageManager: 'pnpm@9.12.0' }, undefined)).toEqual({
      name: 'pnpm',
      source: 'packageManager field',
    });
  });

  it.each([
    ['pnpm-lock.yaml', 'pnpm'],
    ['yarn.lock', 'yarn'],
    ['bun.lock', 'bun'],
    ['bun.lockb', 'bun'],
    ['package-lock.json', 'npm'],
  ])('reads %s', (lockfile, name) => {
    const root = makeTree({ [lockfile]: '' });
    expect(detectPackageManager(root, {}, undefined)).toEqual({ name, source: 'lockfile' });
  });

  it('walks up to the workspace root for the lockfile', () => {
    const root = makeTree({
      'package.json': '{ "private": true }',
      'pnpm-workspace.yaml': 'packages: ["apps/*"]',
      'pnpm-lock.yaml': '',
      'apps/web/package.json': '{}',
    });
    expect(detectPackageManager(path.join(root, 'apps/web'), {}, undefined)).toEqual({ name: 'pnpm', source: 'lockfile' });
  });

  it('does not walk out of the workspace (a parent that is not a package)', () => {
    const root = makeTree({ 'yarn.lock': '', 'projects/app/package.json': '{}' });
    expect(detectPackageManager(path.join(root, 'projects/app'), {}, undefined)).toEqual({ name: 'npm', source: 'default' });
  });

  it('falls back to the user agent, then npm', () => {
    const root = makeTree({});
    expect(detectPackageManager(root, {}, 'yarn/1.22.22 npm/? node/v20.11.0 linux x64')).toEqual({ name: 'yarn', source: 'user agent' });
    expect(detectPackageManager(root, {}, undefined)).toEqual({ name: 'npm', source: 'default' });
  });
});

describe('detectPackageManager in npm and yarn workspaces', () => {
  it('finds the lockfile of a workspaces root two levels up', () => {
    const root = makeTree({
      'package.json': '{ "private": true, "workspaces": ["apps/*"] }',
      'yarn.lock': '',
      'apps/web/package.json': '{}',
    });
    expect(detectPackageManager(path.join(root, 'apps/web'), {}, undefined)).toEqual({ name: 'yarn', source: 'lockfile' });
  });
});
