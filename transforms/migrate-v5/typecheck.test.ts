import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMigrateV5Cases } from '../../test/helpers/transform-fixtures.js';

/**
 * Type-checks every migrated TypeScript fixture output against the REAL installed aws-amplify,
 * @aws-amplify/adapter-nextjs and next types, with the TypeScript compiler API (strict, moduleResolution
 * bundler, jsx preserve, paths `@/*`).
 *
 * Excluded: outputs that still contain a TODO(amplify-next) marker or still import withSSRContext — those
 * units stay v5 on purpose and v5 types are not installed —, outputs reported with `client-v5-remains`
 * (client-side v5 `API`/`Auth` code in the same file is out of this command's scope), and test files.
 * The project's own modules the fixtures import (`@/graphql/queries`, `../src/aws-exports`, ...) are
 * stubbed from the names each output imports; the utils module is the real convention:
 * createServerRunner + generateServerClientUsingReqRes from the installed adapter.
 */

const here = dirname(fileURLToPath(import.meta.url));
const NODE_MODULES = resolve(here, '..', '..', 'node_modules');

interface TsCase {
  name: string;
  ext: string;
  path: string;
  output: string;
}

function tsCases(): TsCase[] {
  return loadMigrateV5Cases()
    .filter(({ ext }) => ext === 'ts' || ext === 'tsx')
    .filter(({ input, output, review, path }) => {
      if (output === input) return false;
      if (output.includes('TODO(amplify-next)') || /\bwithSSRContext\b/.test(output)) return false;
      if (review.some((r) => r.code === 'client-v5-remains')) return false;
      return !/\.(test|spec)\./.test(path) && !path.includes('__tests__');
    })
    .map(({ name, ext, path, output }) => ({ name, ext, path, output }));
}

const UTILS = `import { createServerRunner } from '@aws-amplify/adapter-nextjs';
import { generateServerClientUsingReqRes } from '@aws-amplify/adapter-nextjs/api';
import config from '@/amplify_outputs.json';

export const { runWithAmplifyServerContext } = createServerRunner({ config });
export const reqResBasedClient = generateServerClientUsingReqRes({ config });
`;

const OUTPUTS_JSON = JSON.stringify(
  {
    version: '1.3',
    auth: {
      aws_region: 'us-east-1',
      user_pool_id: 'us-east-1_example',
      user_pool_client_id: 'exampleclientid',
      identity_pool_id: 'us-east-1:00000000-0000-0000-0000-000000000000',
    },
    data: {
      aws_region: 'us-east-1',
      url: 'https://example.appsync-api.us-east-1.amazonaws.com/graphql',
      default_authorization_type: 'AMAZON_COGNITO_USER_POOLS',
      authorization_types: ['API_KEY'],
      api_key: 'da2-example',
    },
  },
  null,
  2,
);

/** Named and default imports of project modules (`@/...` or relative) in a file. */
function projectImports(text: string): { specifier: string; names: string[]; hasDefault: boolean }[] {
  const out: { specifier: string; names: string[]; hasDefault: boolean }[] = [];
  const source = ts.createSourceFile('x.tsx', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  for (const stmt of source.statements) {
    if (!ts.isImportDeclaration(stmt) || !ts.isStringLiteral(stmt.moduleSpecifier)) continue;
    const specifier = stmt.moduleSpecifier.text;
    if (!specifier.startsWith('@/') && !specifier.startsWith('.')) continue;
    const clause = stmt.importClause;
    const names: string[] = [];
    if (clause?.namedBindings && ts.isNamedImports(clause.namedBindings)) {
      for (const el of clause.namedBindings.elements) names.push((el.propertyName ?? el.name).text);
    }
    out.push({ specifier, names, hasDefault: !!clause?.name });
  }
  return out;
}

function stubModule(names: Set<string>, hasDefault: boolean): string {
  const lines: string[] = [];
  for (const name of [...names].sort()) {
    // v5 codegen statements are plain strings; everything else is loosely typed.
    if (/^(list|get|create|update|delete|search|sync|on)[A-Z]/.test(name)) lines.push(`export const ${name}: string = '';`);
    else lines.push(`export const ${name}: any = undefined;`);
  }
  if (hasDefault) lines.push('const config: any = {};', 'export default config;');
  return `${lines.join('\n')}\n`;
}

describe('migrated TypeScript outputs type-check against the installed v6 packages', () => {
  const cases = tsCases();
  const root = mkdtempSync(join(tmpdir(), 'mv5-typecheck-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('has TypeScript outputs to check', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  // One TypeScript program over every case: about 20 s alone on two cores, longer beside other work.
  it('reports zero diagnostics', () => {
    symlinkSync(NODE_MODULES, join(root, 'node_modules'), 'dir');
    mkdirSync(join(root, 'utils'), { recursive: true });
    writeFileSync(join(root, 'utils', 'amplifyServerUtils.ts'), UTILS);
    writeFileSync(join(root, 'amplify_outputs.json'), OUTPUTS_JSON);
    const stubs = new Map<string, { names: Set<string>; hasDefault: boolean }>();
    const utilsCopies = new Set<string>();
    const files: string[] = [join(root, 'utils', 'amplifyServerUtils.ts')];
    for (const c of cases) {
      const file = join(root, 'cases', c.name, c.path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, c.output);
      files.push(file);
      for (const imp of projectImports(c.output)) {
        if (imp.specifier === '@/utils/amplifyServerUtils') continue;
        const target = imp.specifier.startsWith('@/') ? join(root, imp.specifier.slice(2)) : resolve(dirname(file), imp.specifier);
        if (/amplifyServerUtils$/.test(imp.specifier)) {
          // A relative utils import (project without the @/ alias): the same real module.
          utilsCopies.add(target);
          continue;
        }
        const entry = stubs.get(target) ?? { names: new Set<string>(), hasDefault: false };
        imp.names.forEach((n) => entry.names.add(n));
        entry.hasDefault ||= imp.hasDefault;
        stubs.set(target, entry);
      }
    }
    for (const target of utilsCopies) {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(`${target}.ts`, UTILS);
      files.push(`${target}.ts`);
    }
    for (const [target, { names, hasDefault }] of stubs) {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(`${target}.ts`, stubModule(names, hasDefault));
    }
    const options: ts.CompilerOptions = {
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      jsx: ts.JsxEmit.Preserve,
      lib: ['lib.dom.d.ts', 'lib.dom.iterable.d.ts', 'lib.es2022.d.ts'],
      baseUrl: root,
      paths: { '@/*': ['./*'] },
      resolveJsonModule: true,
      esModuleInterop: true,
      isolatedModules: true,
      skipLibCheck: true,
      noEmit: true,
      types: [],
    };
    const program = ts.createProgram(files, options);
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => !d.file || d.file.fileName.startsWith(root.replace(/\\/g, '/')) || d.file.fileName.startsWith(root));
    const report = diagnostics.map((d) => {
      const where = d.file
        ? `${posix.normalize(relative(root, d.file.fileName))}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
        : '(global)';
      return `${where} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(report).toEqual([]);
  }, 120_000);
});
