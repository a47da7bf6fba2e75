import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { aliasSpecifier, readPathAliases } from '../../src/project/path-aliases.js';
import { cleanupTrees, makeTree } from '../helpers/tree.js';

afterEach(cleanupTrees);

describe('readPathAliases', () => {
  it('reads tsconfig.json as JSONC (comments, trailing commas)', () => {
    const root = makeTree({
      'tsconfig.json': `{
  // create-next-app
  "compilerOptions": {
    "paths": { "@/*": ["./src/*"], }, /* trailing comma above */
  },
}`,
    });
    const aliases = readPathAliases(root)!;
    expect(aliases.paths).toEqual({ '@/*': ['./src/*'] });
    expect(aliasSpecifier(path.join(root, 'src/utils/amplifyServerUtils'), aliases)).toBe('@/utils/amplifyServerUtils');
    expect(aliasSpecifier(path.join(root, 'amplify_outputs.json'), aliases)).toBeUndefined();
  });

  it('reads jsconfig.json in JavaScript projects', () => {
    const root = makeTree({ 'jsconfig.json': '{ "compilerOptions": { "paths": { "~/*": ["./*"] } } }' });
    expect(aliasSpecifier(path.join(root, 'amplify_outputs.json'), readPathAliases(root))).toBe('~/amplify_outputs.json');
  });

  it('resolves targets against baseUrl', () => {
    const root = makeTree({ 'tsconfig.json': '{ "compilerOptions": { "baseUrl": "src", "paths": { "@lib/*": ["lib/*"] } } }' });
    expect(aliasSpecifier(path.join(root, 'src/lib/x'), readPathAliases(root))).toBe('@lib/x');
  });

  it('follows a relative extends', () => {
    const root = makeTree({
      'tsconfig.json': '{ "extends": "./tsconfig.base.json", "compilerOptions": { "strict": true } }',
      'tsconfig.base.json': '{ "compilerOptions": { "paths": { "@/*": ["./*"] } } }',
    });
    expect(aliasSpecifier(path.join(root, 'utils/a'), readPathAliases(root))).toBe('@/utils/a');
  });

  it('maps exact (non-wildcard) aliases', () => {
    const root = makeTree({ 'tsconfig.json': '{ "compilerOptions": { "paths": { "@outputs": ["./amplify_outputs.json"] } } }' });
    expect(aliasSpecifier(path.join(root, 'amplify_outputs.json'), readPathAliases(root))).toBe('@outputs');
  });

  it('returns null without paths, and no alias then', () => {
    const root = makeTree({ 'tsconfig.json': '{ "compilerOptions": { "strict": true } }' });
    expect(readPathAliases(root)).toBeNull();
    expect(aliasSpecifier(path.join(root, 'x'), null)).toBeUndefined();
  });

  it('says which file is broken', () => {
    const root = makeTree({ 'tsconfig.json': '{ "compilerOptions": { "paths": ' });
    expect(() => readPathAliases(root)).toThrow(/tsconfig\.json cannot be read/);
  });
});
