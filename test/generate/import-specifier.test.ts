import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSpecifier } from '../../src/generate/import-specifier.js';

const root = path.resolve('/project');
const srcAlias = { configFile: '/project/tsconfig.json', baseDir: root, paths: { '@/*': ['./src/*'] } };

describe('importSpecifier', () => {
  it('uses the alias when it maps onto the target', () => {
    expect(importSpecifier(root, 'src/middleware.ts', 'src/utils/amplifyServerUtils.ts', srcAlias)).toBe('@/utils/amplifyServerUtils');
  });

  it('falls back to a relative path when the alias does not reach the target (the root amplify_outputs.json)', () => {
    expect(importSpecifier(root, 'src/utils/amplifyServerUtils.ts', 'amplify_outputs.json', srcAlias)).toBe('../../amplify_outputs.json');
  });

  it('writes ./ for a sibling and drops TS/JS extensions but keeps .json', () => {
    expect(importSpecifier(root, 'middleware.js', 'utils/amplifyServerUtils.js', null)).toBe('./utils/amplifyServerUtils');
    expect(importSpecifier(root, 'pages/_app.tsx', 'amplifyconfiguration.json', null)).toBe('../amplifyconfiguration.json');
    expect(importSpecifier(root, 'src/pages/_app.js', 'src/aws-exports.js', null)).toBe('../aws-exports');
  });
});
