import { afterAll, describe, expect, it } from 'vitest';
import { emitsDeclarations } from '../../src/project/declaration-emit.js';
import { cleanupTrees, makeTree } from '../helpers/tree.js';

afterAll(cleanupTrees);

describe('emitsDeclarations', () => {
  it('follows extends into a package, as a monorepo shares its tsconfig', () => {
    const root = makeTree({
      'tsconfig.json': '{ "extends": "@repo/typescript-config/nextjs.json", "compilerOptions": { "plugins": [{ "name": "next" }] } }',
      'node_modules/@repo/typescript-config/nextjs.json': '{ "extends": "./base.json", "compilerOptions": { "noEmit": true, } }',
      'node_modules/@repo/typescript-config/base.json': '{ // create-turbo\n "compilerOptions": { "declaration": true } }',
    });
    expect(emitsDeclarations(root)).toBe(true);
  });

  it('lets the nearer file switch it off, and reads composite and isolatedDeclarations', () => {
    expect(
      emitsDeclarations(
        makeTree({
          'tsconfig.json': '{ "extends": "./base", "compilerOptions": { "declaration": false } }',
          'base.json': '{ "compilerOptions": { "declaration": true } }',
        }),
      ),
    ).toBe(false);
    expect(emitsDeclarations(makeTree({ 'tsconfig.json': '{ "compilerOptions": { "composite": true } }' }))).toBe(true);
    expect(emitsDeclarations(makeTree({ 'tsconfig.json': '{ "compilerOptions": { "isolatedDeclarations": true } }' }))).toBe(true);
    expect(emitsDeclarations(makeTree({ 'tsconfig.json': '{ "compilerOptions": { "strict": true } }' }))).toBe(false);
    expect(emitsDeclarations(makeTree({ 'tsconfig.json': '{ "extends": "@missing/config" }' }))).toBe(false);
    expect(emitsDeclarations(makeTree({ 'package.json': '{}' }))).toBe(false);
  });
});
