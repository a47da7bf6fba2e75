import type {
  CallExpression,
  ExportNamedDeclaration,
  LVal,
  Node,
  ObjectExpression,
  ObjectPattern,
  ObjectProperty,
  Program,
  VariableDeclaration,
} from '@babel/types';
import { callsOf } from '../../src/ast/walk.js';
import { endOf, hasCommentWithin, indentationAt, startOf } from '../../src/ast/text-positions.js';
import { importedLocalName } from '../../src/ast/import-statements.js';
import { lookupProperty, objectLiteralValue, propertyKeyName, staticValue } from '../../src/ast/object-properties.js';
import { appendToList, listLayout, type ListLayout, type ListSite, renderLiteral } from '../../src/ast/lists.js';
import { applySplices, type Splice } from '../../src/ast/splices.js';
import { parseModule } from '../../src/ast/parse.js';
import { detectCodeStyle, type SourceStyle } from '../../src/ast/code-style.js';
import { exportsName } from '../../src/ast/exported-names.js';
import { isManual, manual, type EditResult, type ManualResult } from './edit-result.js';
import { annotatedHandlerSplices, memberExportSplices } from './annotated-route-handlers.js';
import type { EditSource } from '../../src/ast/edit-source.js';

export interface AuthCookieOptions {
  domain?: string;
  sameSite?: 'strict' | 'lax' | 'none';
  maxAge?: number;
}

export interface AddAuthRouteHandlersOptions {
  filePath: string;
  cookies?: AuthCookieOptions;
  /** The project's tsconfig emits declarations: exports need types TypeScript can name (TS files only). */
  declarations?: boolean;
  /** The print width of the project's formatter, when one is configured. */
  printWidth?: number;
}

const ADAPTER_MODULE = '@aws-amplify/adapter-nextjs';
const HANDLER = 'createAuthRouteHandlers';
const COOKIE_KEYS = ['domain', 'sameSite', 'maxAge'] as const;

type Manual = ManualResult;
type CookieEntry = [key: string, value: string | number];

interface Edit {
  source: string;
  ast: ReturnType<typeof parseModule>;
  style: SourceStyle;
}

/**
 * The top-level `const { ... } = createServerRunner(...)` of the server utils module, or the
 * `const serverRunner = createServerRunner(...)` that already exports createAuthRouteHandlers on its own.
 */
interface RunnerDeclaration {
  call: CallExpression;
  /** Undefined when the result is kept whole and createAuthRouteHandlers is already exported. */
  pattern?: ObjectPattern;
  /** Written as `export const { ... } = ...`. */
  exportedInPlace?: ExportNamedDeclaration;
  /** Kept whole in a module-private constant (`const serverRunner = createServerRunner(...)`) whose members are exported one by one. */
  constant?: string;
}

/**
 * Makes the server utils module export `createAuthRouteHandlers` from its `createServerRunner(...)` call,
 * and sets `runtimeOptions.cookies` on that call when cookie options are given.
 */
export function addAuthRouteHandlers(input: EditSource, options: AddAuthRouteHandlersOptions): EditResult {
  const { text: source, ast } = input;
  const edit: Edit = { source, ast, style: detectCodeStyle(source, ast) };
  const runner = findRunnerDeclaration(edit.ast);
  if (isManual(runner)) return runner;

  const declarations = options.declarations === true && /\.(c|m)?tsx?$/.test(options.filePath);
  const handler = handlerSplices(edit, runner, declarations);
  if (isManual(handler)) return handler;
  const cookies = cookieSplices(edit, runner.call, requestedCookies(options.cookies));
  if (isManual(cookies)) return cookies;

  const splices = [...handler, ...cookies];
  if (splices.length === 0) return { kind: 'unchanged' };
  const text = applySplices(source, splices);
  return {
    kind: 'changed',
    text: options.printWidth === undefined ? text : fitRunnerAssignment(text, options.filePath, edit.style, options.printWidth),
  };
}

/**
 * `export const { a, b } = createServerRunner({` past the print width → broken after `=`, the call one
 * level deeper, as Prettier and Biome print it.
 */
function fitRunnerAssignment(text: string, filePath: string, style: SourceStyle, width: number): string {
  const ast = parseModule(text, filePath);
  const runner = findRunnerDeclaration(ast);
  if (isManual(runner) || !runner.pattern || !runner.exportedInPlace) return text;
  const start = startOf(runner.exportedInPlace);
  const firstLine = text.slice(start, text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start));
  const between = text.slice(endOf(runner.pattern), startOf(runner.call));
  if (firstLine.replace(/\t/g, '  ').length <= width || between !== ' = ' || text.slice(start, endOf(runner.pattern)).includes('\n'))
    return text;
  const call = text.slice(startOf(runner.call), endOf(runner.call)).replace(/\n/g, `\n${style.indent}`);
  return applySplices(text, [{ start: endOf(runner.pattern), end: endOf(runner.call), text: ` =${style.eol}${style.indent}${call}` }]);
}

function findRunnerDeclaration(ast: ReturnType<typeof parseModule>): RunnerDeclaration | Manual {
  const calleeName = importedLocalName(ast.program, ADAPTER_MODULE, 'createServerRunner');
  const calls = callsOf(ast, calleeName);
  if (calls.length === 0) {
    return manual(`No ${calleeName}(...) call was found, so there is no server runner to take ${HANDLER} from.`);
  }
  if (calls.length > 1) {
    return manual(
      `Found ${calls.length} ${calleeName}(...) calls, and ${HANDLER} must come from the one that creates runWithAmplifyServerContext.`,
    );
  }
  const call = calls[0]!;
  for (const statement of ast.program.body) {
    const declaration = variableDeclarationOf(statement);
    const declarator = declaration?.declarations.find((candidate) => candidate.init === call);
    if (!declarator) continue;
    if (declarator.id.type === 'Identifier' && exportsName(ast, HANDLER)) return { call };
    if (declarator.id.type === 'Identifier' && statement.type === 'VariableDeclaration') return { call, constant: declarator.id.name };
    if (declarator.id.type !== 'ObjectPattern') break;
    if (declarator.id.properties.some((property) => property.type === 'RestElement')) {
      return manual(`The ${calleeName}(...) result is destructured with a rest element, so ${HANDLER} cannot be added to it safely.`);
    }
    return { call, pattern: declarator.id, exportedInPlace: statement.type === 'ExportNamedDeclaration' ? statement : undefined };
  }
  return manual(
    `The ${calleeName}(...) result is not destructured at the top level (as in \`export const { runWithAmplifyServerContext } = ${calleeName}(...)\`), so ${HANDLER} cannot be added to it.`,
  );
}

function variableDeclarationOf(statement: Node): VariableDeclaration | undefined {
  if (statement.type === 'VariableDeclaration') return statement;
  if (statement.type === 'ExportNamedDeclaration' && statement.declaration?.type === 'VariableDeclaration') {
    return statement.declaration;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// createAuthRouteHandlers in the destructuring and the exports

function handlerSplices(edit: Edit, runner: RunnerDeclaration, declarations: boolean): Splice[] | Manual {
  if (runner.constant !== undefined) return memberExportSplices(edit, runner.constant, declarations, declaredNames(edit.ast.program));
  if (!runner.pattern) return [];
  const existing = handlerProperty(runner.pattern);
  if (existing && !(existing.value.type === 'Identifier' && existing.value.name === HANDLER)) {
    return manual(`${HANDLER} is destructured under another name, so it is not exported as ${HANDLER}.`);
  }
  if (declarations && (existing || !runner.exportedInPlace)) {
    return manual(
      `The tsconfig emits declarations, which cannot name the inferred type of a destructured ${HANDLER} (TS2742), so give it a declaration of its own with the type NextServer.CreateServerRunnerOutput['${HANDLER}'].`,
    );
  }
  const splices: Splice[] = [];
  if (!existing) {
    const declared = declaredNames(edit.ast.program);
    if (declared.has(HANDLER)) {
      return manual(`${HANDLER} is already declared in this file, so destructuring it from createServerRunner(...) would clash.`);
    }
    if (declarations) return annotatedHandlerSplices(edit, runner.call, runner.exportedInPlace!, runner.pattern, declared);
    const added = appendName(edit, objectPatternSite(runner.pattern), HANDLER);
    if (isManual(added)) return added;
    splices.push(...added);
  }
  if (runner.exportedInPlace) return splices;

  const exportLists = localExportLists(edit.ast.program);
  if (exportLists.some((list) => exportsLocal(list, HANDLER))) return splices;
  const runnerBindings = new Set(patternNames(runner.pattern));
  const list = exportLists.find((candidate) => candidate.specifiers.some((s) => runnerBindings.has(localNameOf(s))));
  if (!list) {
    return manual(
      `The createServerRunner(...) result is exported neither with \`export const\` nor in an \`export { }\` list, so there is no export to add ${HANDLER} to.`,
    );
  }
  const exported = appendName(edit, exportListSite(list), HANDLER);
  if (isManual(exported)) return exported;
  return [...splices, ...exported];
}

function handlerProperty(pattern: ObjectPattern): (ObjectProperty & { value: Node }) | undefined {
  for (const property of pattern.properties) {
    if (property.type === 'ObjectProperty' && propertyKeyName(property) === HANDLER) return property;
  }
  return undefined;
}

function appendName(edit: Edit, site: ListSite, name: string): Splice[] | Manual {
  const splices = appendToList(edit.source, edit.ast, site, edit.style, () => [name], ' ');
  return splices ?? manual(`A list that ${name} goes into holds only comments, so it is not edited automatically.`);
}

function objectPatternSite(pattern: ObjectPattern): ListSite {
  const end = pattern.typeAnnotation ? startOf(pattern.typeAnnotation) : endOf(pattern);
  return { open: startOf(pattern), close: end - 1, items: pattern.properties };
}

function exportListSite(list: ExportNamedDeclaration): ListSite {
  return { open: startOf(list), close: endOf(list) - 1, items: list.specifiers };
}

/** `export { a, b }` statements without a `from` clause. */
function localExportLists(program: Program): ExportNamedDeclaration[] {
  return program.body.filter(
    (statement): statement is ExportNamedDeclaration =>
      statement.type === 'ExportNamedDeclaration' && !statement.declaration && !statement.source,
  );
}

function localNameOf(specifier: ExportNamedDeclaration['specifiers'][number]): string {
  return specifier.type === 'ExportSpecifier' ? specifier.local.name : '';
}

function exportsLocal(list: ExportNamedDeclaration, name: string): boolean {
  return list.specifiers.some((specifier) => localNameOf(specifier) === name);
}

/** The value names a module declares at its top level (imports, variables, functions, classes). */
function declaredNames(program: Program): Set<string> {
  const names = new Set<string>();
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration') {
      for (const specifier of statement.specifiers) names.add(specifier.local.name);
      continue;
    }
    const declaration =
      statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement;
    if (!declaration) continue;
    if (declaration.type === 'VariableDeclaration') {
      for (const declarator of declaration.declarations) for (const name of patternNames(declarator.id)) names.add(name);
    } else if ((declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && declaration.id) {
      names.add(declaration.id.name);
    }
  }
  return names;
}

function patternNames(pattern: LVal | Node): string[] {
  switch (pattern.type) {
    case 'Identifier':
      return [pattern.name];
    case 'ObjectPattern':
      return pattern.properties.flatMap((property) =>
        property.type === 'RestElement' ? patternNames(property.argument) : patternNames(property.value),
      );
    case 'ArrayPattern':
      return pattern.elements.flatMap((element) => (element ? patternNames(element) : []));
    case 'AssignmentPattern':
      return patternNames(pattern.left);
    case 'RestElement':
      return patternNames(pattern.argument);
    default:
      return [];
  }
}

// ---------------------------------------------------------------------------------------------------
// runtimeOptions.cookies

function requestedCookies(cookies: AuthCookieOptions | undefined): CookieEntry[] {
  const entries: CookieEntry[] = [];
  for (const key of COOKIE_KEYS) {
    const value = cookies?.[key];
    if (value !== undefined) entries.push([key, value]);
  }
  return entries;
}

function cookieSplices(edit: Edit, call: CallExpression, wanted: CookieEntry[]): Splice[] | Manual {
  if (wanted.length === 0) return [];
  const argument = call.arguments[0];
  if (call.arguments.length !== 1 || argument?.type !== 'ObjectExpression') {
    return manual('createServerRunner(...) is not called with an object literal, so runtimeOptions.cookies cannot be added to it.');
  }
  const runtimeOptions = lookupProperty(argument, 'runtimeOptions');
  if (runtimeOptions.kind === 'unknown') {
    return manual(
      'The createServerRunner(...) options use a spread or computed key, so whether they already set runtimeOptions cannot be told.',
    );
  }
  if (runtimeOptions.kind === 'missing') return addRuntimeOptions(edit, argument, wanted);

  const runtimeObject = objectLiteralValue(runtimeOptions.property);
  if (!runtimeObject) {
    return manual('runtimeOptions is not an object literal written in place, so runtimeOptions.cookies cannot be merged into it.');
  }
  const cookies = lookupProperty(runtimeObject, 'cookies');
  if (cookies.kind === 'unknown') {
    return manual('runtimeOptions uses a spread or computed key, so whether it already sets cookies cannot be told.');
  }
  if (cookies.kind === 'missing') return appendEntries(edit, objectSite(runtimeObject), [cookiesBlock(edit.style, wanted)]);

  const cookiesObject = objectLiteralValue(cookies.property);
  if (!cookiesObject) {
    return manual('runtimeOptions.cookies is not an object literal written in place, so the cookie options cannot be compared or merged.');
  }
  return mergeCookies(edit, cookiesObject, wanted);
}

/** Adds the cookie keys that are missing; a key set to another value is for the user to decide. */
function mergeCookies(edit: Edit, cookiesObject: ObjectExpression, wanted: CookieEntry[]): Splice[] | Manual {
  const missing: CookieEntry[] = [];
  const differences: string[] = [];
  for (const [key, value] of wanted) {
    const found = lookupProperty(cookiesObject, key);
    if (found.kind === 'unknown') {
      return manual('runtimeOptions.cookies uses a spread or computed key, so its values cannot be compared.');
    }
    if (found.kind === 'missing') {
      missing.push([key, value]);
      continue;
    }
    const property = found.property;
    const current = property.type === 'ObjectProperty' ? staticValue(property.value) : undefined;
    if (current === value) continue;
    const written = property.type === 'ObjectProperty' ? edit.source.slice(startOf(property.value), endOf(property.value)) : 'a method';
    differences.push(`${key} is ${written} (wanted ${renderLiteral(value, edit.style)})`);
  }
  if (differences.length > 0) {
    return manual(`runtimeOptions.cookies already sets other values: ${differences.join(', ')}.`);
  }
  return appendEntries(edit, objectSite(cookiesObject), cookieTexts(edit.style, missing));
}

function addRuntimeOptions(edit: Edit, argument: ObjectExpression, wanted: CookieEntry[]): Splice[] | Manual {
  const runtimeOptions: Block = { key: 'runtimeOptions', items: [cookiesBlock(edit.style, wanted)] };
  if (!edit.source.slice(startOf(argument), endOf(argument)).includes('\n')) {
    return rewriteOneLineObject(edit, argument, runtimeOptions);
  }
  const site = objectSite(argument);
  if (!listLayout(edit.source, edit.ast, site, edit.style).multiline) {
    return manual(
      'The createServerRunner(...) options object starts a property on its opening line, so runtimeOptions is not added to it automatically.',
    );
  }
  return appendEntries(edit, site, [runtimeOptions]);
}

/** `{ config }` → the same properties, one per line, then the new block (the template's layout). */
function rewriteOneLineObject(edit: Edit, object: ObjectExpression, block: Block): Splice[] | Manual {
  if (hasCommentWithin(edit.ast, startOf(object), endOf(object))) {
    return manual('The one-line createServerRunner(...) options object holds a comment, so it is not rewritten to add runtimeOptions.');
  }
  const { eol, indent: unit } = edit.style;
  const outer = indentationAt(edit.source, startOf(object));
  const inner = outer + unit;
  const layout = { multiline: true, indent: inner, trailingComma: true };
  const items = [
    ...object.properties.map((property) => edit.source.slice(startOf(property), endOf(property))),
    renderItem(edit.style, block, layout),
  ];
  const text = `{${items.map((item) => `${eol}${inner}${item},`).join('')}${eol}${outer}}`;
  return [{ start: startOf(object), end: endOf(object), text }];
}

function appendEntries(edit: Edit, site: ListSite, items: Item[]): Splice[] | Manual {
  const render = (layout: ListLayout): string[] => items.map((item) => renderItem(edit.style, item, layout));
  const splices = appendToList(edit.source, edit.ast, site, edit.style, render, ' ');
  return splices ?? manual('An options object holds only comments, so the cookie options are not added to it automatically.');
}

/** An object-valued property to write: `key: { ...items }`. */
interface Block {
  key: string;
  items: Item[];
}

/** Source text of a simple property (`domain: '.example.com'`), or a block. */
type Item = string | Block;

/** An item in a list's layout: blocks one property per line in multi-line lists, else on one line. */
function renderItem(style: SourceStyle, item: Item, layout: ListLayout): string {
  if (typeof item === 'string') return item;
  if (!layout.multiline) {
    return `${item.key}: { ${item.items.map((inner) => renderItem(style, inner, layout)).join(', ')} }`;
  }
  const innerLayout = { ...layout, indent: layout.indent + style.indent };
  const body = item.items.map((inner) => `${style.eol}${innerLayout.indent}${renderItem(style, inner, innerLayout)}`).join(',');
  return `${item.key}: {${body}${layout.trailingComma ? ',' : ''}${style.eol}${layout.indent}}`;
}

function cookiesBlock(style: SourceStyle, entries: CookieEntry[]): Block {
  return { key: 'cookies', items: cookieTexts(style, entries) };
}

function cookieTexts(style: SourceStyle, entries: CookieEntry[]): string[] {
  return entries.map(([key, value]) => `${key}: ${renderLiteral(value, style)}`);
}

function objectSite(object: ObjectExpression): ListSite {
  return { open: startOf(object), close: endOf(object) - 1, items: object.properties };
}
