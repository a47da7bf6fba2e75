import type { ExportSpecifier, File, ImportDeclaration, ImportSpecifier, Program, Statement } from '@babel/types';
import type { SourceStyle } from './code-style.js';
import type { Splice } from './splices.js';
import { blankLineFollows, endOfStatementLine, indexComments, lineStart, startOfAttachedComments } from './text-positions.js';
import { compareImportSources } from './import-order.js';
import { stringLiteral } from './string-literal.js';

/**
 * The exported name a specifier refers to in the module it imports from: `a` in `import { a as b }`,
 * `import { 'a' as b }` and `export { a as b } from`.
 */
export function importedName(specifier: ImportSpecifier | ExportSpecifier): string {
  const imported = specifier.type === 'ImportSpecifier' ? specifier.imported : specifier.local;
  return imported.type === 'Identifier' ? imported.name : imported.value;
}

/** The name an export specifier exports under: `b` in `export { a as b }` and `export { a as 'b' }`. */
export function exportedAs(specifier: ExportSpecifier): string {
  return specifier.exported.type === 'Identifier' ? specifier.exported.name : specifier.exported.value;
}

/**
 * The local name under which a module's named export is imported (`import { a as b }` → `b`), or
 * `fallback` when the file does not import it (a re-export or a global we still recognise by name).
 */
export function importedLocalName(program: Program, moduleName: string, exportedName: string, fallback = exportedName): string {
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.source.value !== moduleName) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== 'ImportSpecifier') continue;
      if (importedName(specifier) === exportedName) return specifier.local.name;
    }
  }
  return fallback;
}

/** Whether any import in the module brings in `name` from `source`. */
export function importsFrom(ast: File, name: string, source: string): boolean {
  return ast.program.body.some(
    (statement) =>
      statement.type === 'ImportDeclaration' &&
      statement.source.value === source &&
      statement.specifiers.some((s) => s.type === 'ImportSpecifier' && importedName(s) === name),
  );
}

export function topLevelImports(ast: File): ImportDeclaration[] {
  return ast.program.body.filter((statement: Statement): statement is ImportDeclaration => statement.type === 'ImportDeclaration');
}

/** The local name of a value default import of `specifier`, if the module has one. */
export function defaultImportLocal(ast: File, specifier: string): string | undefined {
  for (const declaration of topLevelImports(ast)) {
    if (declaration.source.value !== specifier || declaration.importKind === 'type') continue;
    for (const item of declaration.specifiers) {
      if (item.type === 'ImportDefaultSpecifier') return item.local.name;
    }
  }
  return undefined;
}

export function formatImport(style: SourceStyle, clause: string, specifier: string): string {
  return `import ${clause} from ${stringLiteral(specifier, style.quote)}${style.semicolons ? ';' : ''}`;
}

/** Where new top-level code goes: after the last import, else after the directive prologue, else at the top. */
interface InsertionPoint {
  offset: number;
  after: 'import' | 'directive' | 'top';
}

function insertionPoint(source: string, ast: File): InsertionPoint {
  const comments = indexComments(ast);
  const imports = topLevelImports(ast);
  const lastImport = imports[imports.length - 1];
  if (lastImport) return { offset: endOfStatementLine(source, comments, lastImport.end ?? 0), after: 'import' };
  const directives = ast.program.directives;
  const lastDirective = directives[directives.length - 1];
  if (lastDirective) return { offset: endOfStatementLine(source, comments, lastDirective.end ?? 0), after: 'directive' };
  const bomLength = source.startsWith('\uFEFF') ? 1 : 0;
  const first = ast.program.body[0];
  if (!first) return { offset: source.length, after: 'top' };
  const offset = lineStart(source, startOfAttachedComments(source, ast, first.start ?? 0));
  return { offset: Math.max(offset, bomLength), after: 'top' };
}

/**
 * Splices that add `imports` to the module's import block and, after one blank line, the module-level
 * `statements`. Keeps a blank line between the inserted code and the code that follows it. An import goes
 * where the file's own order puts it when its imports are sorted (see `sortedImportOffset`).
 */
export function insertAfterImports(
  source: string,
  ast: File,
  style: SourceStyle,
  code: { imports: string[]; statements?: string[] },
): Splice[] {
  const placed = new Map<number, string[]>();
  const rest: string[] = [];
  for (const line of [...code.imports].sort((a, b) => compareImportSources(importSource(a) ?? '', importSource(b) ?? ''))) {
    const at = sortedImportOffset(source, ast, line);
    if (at === undefined) rest.push(line);
    else placed.set(at, [...(placed.get(at) ?? []), line]);
  }
  const sorted = [...placed].map(([at, lines]): Splice => ({ start: at, end: at, text: lines.map((line) => line + style.eol).join('') }));
  const statements = code.statements ?? [];
  if (rest.length === 0 && statements.length === 0) return sorted;
  return [...sorted, appendAfterImports(source, ast, style, { imports: rest, statements })];
}

function appendAfterImports(source: string, ast: File, style: SourceStyle, code: { imports: string[]; statements: string[] }): Splice {
  const { eol } = style;
  const statements = code.statements;
  const blocks = [code.imports, statements].filter((lines) => lines.length > 0).map((lines) => lines.join(eol));
  const point = insertionPoint(source, ast);
  if (point.after === 'top') {
    const atEnd = point.offset >= source.length;
    const lead = atEnd && source.length > 0 && !source.endsWith('\n') ? eol : '';
    return { start: point.offset, end: point.offset, text: lead + blocks.join(eol + eol) + eol + (atEnd ? '' : eol) };
  }
  let text: string;
  if (point.after === 'import') {
    text = code.imports.map((line) => eol + line).join('') + (statements.length > 0 ? eol + eol + statements.join(eol) : '');
  } else {
    text = eol + eol + blocks.join(eol + eol);
  }
  const endsImportBlock = point.after === 'directive' || statements.length > 0;
  if (endsImportBlock && !blankLineFollows(source, point.offset)) text += eol;
  return { start: point.offset, end: point.offset, text };
}

/** Imports after the last side-effect import (`import './globals.css'`): the run a formatter sorts as one. */
function lastImportChunk(ast: File): ImportDeclaration[] {
  const imports = topLevelImports(ast);
  const lastBare = imports.map((declaration) => declaration.specifiers.length === 0).lastIndexOf(true);
  return imports.slice(lastBare + 1);
}

function importSource(line: string): string | undefined {
  return /from (['"])(.*)\1;?$/.exec(line)?.[2];
}

/**
 * When the file's last run of imports is sorted (Biome's order, which also fits ESLint's import/order
 * groups: packages, aliases, paths), the offset where `line` goes in that order: the start of the first
 * import that sorts after it. Undefined when the run is not sorted or `line` sorts last.
 */
function sortedImportOffset(source: string, ast: File, line: string): number | undefined {
  const specifier = importSource(line);
  const chunk = lastImportChunk(ast);
  if (specifier === undefined || chunk.length < 2) return undefined;
  const sources = chunk.map((declaration) => declaration.source.value);
  if (sources.some((value, i) => i > 0 && compareImportSources(sources[i - 1]!, value) > 0)) return undefined;
  const next = chunk.find((declaration) => compareImportSources(specifier, declaration.source.value) < 0);
  if (!next) return undefined;
  return lineStart(source, startOfAttachedComments(source, ast, next.start ?? 0));
}
