import type { CallExpression, ExportNamedDeclaration, File, Identifier, ImportDeclaration, ObjectPattern } from '@babel/types';
import { endOf, hasCommentWithin, lineStart, startOf } from '../../src/ast/text-positions.js';
import type { SourceStyle } from '../../src/ast/code-style.js';
import type { Splice } from '../../src/ast/splices.js';
import { stringLiteral } from '../../src/ast/string-literal.js';
import { manual, type ManualResult } from './edit-result.js';

const ADAPTER_MODULE = '@aws-amplify/adapter-nextjs';
const HANDLER = 'createAuthRouteHandlers';
const RUNNER_NAMES = ['serverRunner', 'amplifyServerRunner'];

interface Edit {
  source: string;
  ast: File;
  style: SourceStyle;
}

/**
 * createAuthRouteHandlers for a project whose tsconfig emits declarations. Its inferred type lives in a
 * module the adapter does not export, so TypeScript cannot name it in a declaration file (TS2742) and
 * rejects a destructured export of it: it needs a declaration of its own with an explicit type, taken from
 * the exported `NextServer.CreateServerRunnerOutput`. The `export const { ... } = createServerRunner(...)`
 * statement becomes a `serverRunner` constant that the existing names are destructured from:
 *
 *   const serverRunner = createServerRunner({ config });
 *   export const { runWithAmplifyServerContext } = serverRunner;
 *   type ServerRunner = NextServer.CreateServerRunnerOutput;
 *   export const createAuthRouteHandlers: ServerRunner['createAuthRouteHandlers'] = serverRunner.createAuthRouteHandlers;
 */
export function annotatedHandlerSplices(
  edit: Edit,
  call: CallExpression,
  statement: ExportNamedDeclaration,
  pattern: ObjectPattern,
  declared: Set<string>,
): Splice[] | ManualResult {
  const runner = RUNNER_NAMES.find((name) => !declared.has(name));
  if (runner === undefined || declared.has('ServerRunner')) {
    return manual(
      `serverRunner, amplifyServerRunner or ServerRunner is already declared in this file, so ${HANDLER} is not given a declaration of its own automatically.`,
    );
  }
  if (hasCommentWithin(edit.ast, startOf(statement), startOf(call))) {
    return manual(
      `The export of the createServerRunner(...) result holds a comment, so it is not split to give ${HANDLER} an explicit type.`,
    );
  }
  const { eol, indent } = edit.style;
  const semi = edit.style.semicolons ? ';' : '';
  const patternText = edit.source
    .slice(startOf(pattern), pattern.typeAnnotation ? startOf(pattern.typeAnnotation) : endOf(pattern))
    .trimEnd();
  const declarations = [
    `export const ${patternText} = ${runner}${semi}`,
    `// Typed explicitly: declaration files cannot name the inferred type (TS2742).${eol}type ServerRunner = NextServer.CreateServerRunnerOutput${semi}${eol}export const ${HANDLER}: ServerRunner[${stringLiteral(HANDLER, edit.style.quote)}] =${eol}${indent}${runner}.${HANDLER}${semi}`,
  ];
  return [
    { start: startOf(statement), end: startOf(call), text: `const ${runner} = ` },
    { start: endOf(statement), end: endOf(statement), text: declarations.map((text) => eol + eol + text).join('') },
    ...nextServerTypeImport(edit),
  ];
}

/**
 * createAuthRouteHandlers for a module that keeps the createServerRunner(...) result in a constant and
 * exports its members one by one (init's form under isolatedDeclarations): one more such export at the end,
 * typed when the tsconfig emits declarations (with the module's own `ServerRunner` alias when it has one).
 */
export function memberExportSplices(edit: Edit, runner: string, declarations: boolean, declared: Set<string>): Splice[] | ManualResult {
  if (declared.has(HANDLER)) {
    return manual(`${HANDLER} is already declared in this file, so it is not exported from ${runner} automatically.`);
  }
  const { eol, indent } = edit.style;
  const semi = edit.style.semicolons ? ';' : '';
  const hasAlias = edit.ast.program.body.some((s) => s.type === 'TSTypeAliasDeclaration' && s.id.name === 'ServerRunner');
  const type = hasAlias ? 'ServerRunner' : 'NextServer.CreateServerRunnerOutput';
  const text = declarations
    ? `export const ${HANDLER}: ${type}[${stringLiteral(HANDLER, edit.style.quote)}] =${eol}${indent}${runner}.${HANDLER}${semi}`
    : `export const ${HANDLER} = ${runner}.${HANDLER}${semi}`;
  const end = edit.source.trimEnd().length;
  return [{ start: end, end, text: eol + eol + text }, ...(declarations && !hasAlias ? nextServerTypeImport(edit) : [])];
}

/** `import type { NextServer } from '@aws-amplify/adapter-nextjs'`, unless imported. */
function nextServerTypeImport(edit: Edit): Splice[] {
  const imports = edit.ast.program.body.filter((s): s is ImportDeclaration => s.type === 'ImportDeclaration');
  const adapter = imports.filter((s) => s.source.value === ADAPTER_MODULE);
  const hasNextServer = adapter.some((s) =>
    s.specifiers.some((specifier) => specifier.type === 'ImportSpecifier' && (specifier.imported as Identifier).name === 'NextServer'),
  );
  if (hasNextServer) return [];
  const semi = edit.style.semicolons ? ';' : '';
  const line = `import type { NextServer } from ${stringLiteral(ADAPTER_MODULE, edit.style.quote)}${semi}`;
  // Before the value import of the same module: Biome sorts type imports first.
  const before = adapter[0];
  if (before) {
    const at = lineStart(edit.source, startOf(before));
    return [{ start: at, end: at, text: line + edit.style.eol }];
  }
  const after = imports[imports.length - 1];
  if (!after) return [{ start: 0, end: 0, text: line + edit.style.eol }];
  return [{ start: endOf(after), end: endOf(after), text: edit.style.eol + line }];
}
