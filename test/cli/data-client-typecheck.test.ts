import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/cli.js';
import { initialized } from '../helpers/initialized.js';
import { cleanupTrees, writeTree } from '../helpers/tree.js';
import { typeCheckProject } from '../helpers/typecheck.js';

/**
 * The code `add data-client --example` writes, type-checked with the real TypeScript compiler against the
 * installed aws-amplify, @aws-amplify/adapter-nextjs, next and @aws-amplify/data-schema, under each app's
 * own tsconfig.json (strict).
 *
 * `@aws-amplify/backend` itself (with aws-cdk-lib, hundreds of MB) is not installed: the resource files
 * import it through a declaration that re-exports `a` and `ClientSchema` from @aws-amplify/data-schema,
 * exactly as @aws-amplify/backend's own index.d.ts does, so `Schema` is the real ClientSchema type.
 * Only the define* functions, whose results play no part in `Schema`, are declared loosely there.
 */

const BACKEND_TYPES = `export { type ClientSchema, a } from '@aws-amplify/data-schema';
export declare function defineData(props: {
  schema: unknown;
  authorizationModes?: { defaultAuthorizationMode?: 'iam' | 'identityPool' | 'userPool' | 'oidc' | 'apiKey' | 'lambda' };
}): { readonly data: true };
export declare function defineAuth(props: { loginWith: { email?: boolean } }): { readonly auth: true };
export declare function defineBackend(resources: Record<string, unknown>): unknown;
`;

afterAll(cleanupTrees);

function generated(app: string): string {
  const root = initialized(app);
  const result = runCli(['add', 'data-client', '--yes', '--example', '--cwd', root]);
  if (result.exitCode !== 0) throw new Error(`add data-client --example: ${result.stderr}`);
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  writeTree(root, { 'typecheck/backend.d.ts': BACKEND_TYPES });
  return root;
}

/** Diagnostics of every .ts/.tsx file of the app under its tsconfig.json, as `file:line TScode: message`. */
function typecheck(root: string): string[] {
  const diagnostics = typeCheckProject(root, (options) => ({
    ...options,
    incremental: false,
    noEmit: true,
    types: [],
    paths: { ...options.paths, '@aws-amplify/backend': ['./typecheck/backend.d.ts'] },
  }));
  const real = fs.realpathSync(root);
  return diagnostics
    .filter((d) => !d.file || d.file.fileName.startsWith(real) || d.file.fileName.startsWith(root))
    .map((d) => {
      const where = d.file
        ? `${path.relative(real, fs.realpathSync(d.file.fileName))}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
        : '(global)';
      return `${where} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0]}`;
    });
}

describe('the generated clients and examples type-check', () => {
  it.each(['next15-app-data-ts', 'next15-both-data-ts', 'next14-pages-graphql-ts'])(
    '%s: no diagnostics',
    (app) => {
      const root = generated(app);
      expect(typecheck(root)).toEqual([]);
    },
    120_000,
  );

  it('a model the schema does not have is a type error in both examples (the clients are typed with Schema)', () => {
    const root = generated('next15-both-data-ts');
    const examples = ['app/data-example/page.tsx', 'pages/data-example-pages.tsx'];
    for (const file of examples) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      expect(text).toContain('.models.Todo.list(');
      writeTree(root, { [file]: text.replace('.models.Todo.list(', '.models.Todoo.list(') });
    }
    const diagnostics = typecheck(root);
    expect(diagnostics).toHaveLength(2);
    expect(diagnostics[0]).toMatch(/^app\/data-example\/page\.tsx:7 TS2551: Property 'Todoo' does not exist on type/);
    expect(diagnostics[1]).toMatch(/^pages\/data-example-pages\.tsx:11 TS2551: Property 'Todoo' does not exist on type/);
  }, 120_000);
});
