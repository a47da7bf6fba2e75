import type * as t from '@babel/types';
import { parseLikeJscodeshift } from '../../../src/ast/parse.js';
import { stringValue, Tree, unwrap } from '../../../src/ast/tree.js';
import { propertyKeyName } from '../../../src/ast/object-properties.js';
import { type Quote, stringLiteral } from '../../../src/ast/string-literal.js';
import { importedName } from '../../../src/ast/import-statements.js';
import { applySplices, type Splice } from '../../../src/ast/splices.js';
import type { FileMigration, ImportNeed } from '../find/file-migration.js';
import { isBindingPosition, isValueReference } from '../find/scope.js';

/**
 * The import pass, run on the text after the body edits: drops the v5 specifiers the migration made
 * unused, re-points v5 type imports, and adds the v6 imports where the old 'aws-amplify' import was.
 */

/** Per module: specifiers that may go once the migrated code no longer reads them ('*' = any). */
const CLEANUP: Record<string, string[] | '*'> = {
  'aws-amplify': ['withSSRContext', 'API', 'Auth', 'Storage', 'DataStore', 'graphqlOperation', 'GRAPHQL_AUTH_MODE', 'Amplify'],
  '@aws-amplify/api': '*',
  '@aws-amplify/api-graphql': '*',
  '@aws-amplify/auth': '*',
  '@aws-amplify/storage': '*',
  'amazon-cognito-identity-js': '*',
  'next/headers': ['headers'],
};

/** v5 type imports that move to 'aws-amplify/api'. */
const GRAPHQL_TYPES = new Set(['GraphQLResult', 'GraphQLQuery', 'GraphQLSubscription']);
const GRAPHQL_TYPE_SOURCES = new Set(['@aws-amplify/api', '@aws-amplify/api-graphql']);

/** Counts reads of a name as a value or a type (not declarations, not import specifiers, not property names). */
export function referenceCount(tree: Tree, name: string, skip: (node: t.Node) => boolean = () => false): number {
  let count = 0;
  for (const node of tree.identifiers(name)) {
    if (skip(node)) continue;
    const parent = tree.parent(node);
    if (!parent) continue;
    if (parent.type === 'ImportSpecifier' || parent.type === 'ImportDefaultSpecifier' || parent.type === 'ImportNamespaceSpecifier')
      continue;
    if (parent.type === 'TSTypeReference' && parent.typeName === node) {
      count++;
      continue;
    }
    if (parent.type === 'TSQualifiedName' && parent.left === node) {
      count++;
      continue;
    }
    if (['TSExpressionWithTypeArguments', 'TSClassImplements', 'TSInterfaceHeritage'].includes(parent.type as string)) {
      count++;
      continue;
    }
    if (isBindingPosition(tree, node)) continue;
    if (isValueReference(tree, node)) count++;
  }
  return count;
}

interface Spec {
  imported: string;
  local: string;
  typeOnly: boolean;
}

function specsOf(decl: t.ImportDeclaration): { defaultLocal?: string; namespace?: string; specs: Spec[] } {
  const out: { defaultLocal?: string; namespace?: string; specs: Spec[] } = { specs: [] };
  for (const s of decl.specifiers) {
    if (s.type === 'ImportDefaultSpecifier') out.defaultLocal = s.local.name;
    else if (s.type === 'ImportNamespaceSpecifier') out.namespace = s.local.name;
    else {
      const imported = importedName(s);
      out.specs.push({ imported, local: s.local.name, typeOnly: s.importKind === 'type' });
    }
  }
  return out;
}

function specText(s: Spec, declTypeOnly: boolean): string {
  const name = s.imported === s.local ? s.imported : `${s.imported} as ${s.local}`;
  return s.typeOnly && !declTypeOnly ? `type ${name}` : name;
}

interface ImportStyle {
  quote: Quote;
  semi: string;
  indent: string;
  trailingComma: boolean;
  /** `{ a }` or `{a}`, as the file's own imports are written. */
  braceSpace: string;
}

/**
 * How the file writes its imports (semicolons, `{ a }` or `{a}`), which may differ from the rest of its code;
 * the file's general style when it has no import to learn from.
 */
function importsStyle(ctx: FileMigration, tree: Tree): { semi: string; braceSpace: string } {
  let semi = 0;
  let bare = 0;
  let spaced = 0;
  let tight = 0;
  for (const stmt of tree.program.body) {
    if (stmt.type !== 'ImportDeclaration') continue;
    const text = tree.text(stmt);
    if (text.endsWith(';')) semi++;
    else bare++;
    const brace = /\{([ \t]*)[\w$][^}\n]*?([ \t]*)\}/.exec(text);
    if (brace) {
      if (brace[1] === '' && brace[2] === '') tight++;
      else spaced++;
    }
  }
  return {
    semi: semi + bare === 0 ? (ctx.style.semicolons ? ';' : '') : semi >= bare ? ';' : '',
    braceSpace: tight > spaced ? '' : ' ',
  };
}

export function importText(
  style: ImportStyle,
  module: string,
  specs: Spec[],
  opts: { typeOnly?: boolean; defaultLocal?: string; sort?: boolean } = {},
): string {
  const list = opts.sort ? [...specs].sort((a, b) => a.imported.localeCompare(b.imported)) : specs;
  const names = list.map((s) => specText(s, !!opts.typeOnly));
  const head = `import ${opts.typeOnly ? 'type ' : ''}`;
  const from = ` from ${stringLiteral(module, style.quote)}${style.semi}`;
  const parts: string[] = [];
  if (opts.defaultLocal) parts.push(opts.defaultLocal);
  if (names.length) parts.push(`{${style.braceSpace}${names.join(', ')}${style.braceSpace}}`);
  const single = `${head}${parts.join(', ')}${from}`;
  if (single.length <= 80 || names.length < 2) return single;
  const lines = names.map((n) => `${style.indent}${n},`);
  if (!style.trailingComma) lines[lines.length - 1] = lines[lines.length - 1].slice(0, -1);
  return `${head}${opts.defaultLocal ? `${opts.defaultLocal}, ` : ''}{\n${lines.join('\n')}\n}${from}`;
}

function isSorted(specs: Spec[]): boolean {
  for (let i = 1; i < specs.length; i++) if (specs[i - 1].imported.localeCompare(specs[i].imported) > 0) return false;
  return true;
}

const MODULE_ORDER = (module: string, typeOnly: boolean, utils: string): number => {
  if (module === utils) return 4;
  if (module.startsWith('next')) return 0;
  if (typeOnly) return 3;
  if (/^aws-amplify\/.+\/server$/.test(module)) return 1;
  return 2;
};

export interface ImportPassResult {
  text: string;
  /** aws-amplify imports (by index among the file's aws-amplify imports) that still hold v5 category objects. */
  clientRemains: { index: number; names: string[] }[];
}

/** What an existing import declaration becomes: its specifiers, rendered once at the end of the pass. */
interface PlannedDeclaration {
  specs: Spec[];
  defaultLocal?: string;
  /** Keep the file's order unless the declaration was sorted and a specifier is added. */
  sort: boolean;
}

/** The state of one import pass over the text the body edits produced. */
interface ImportPass {
  ctx: FileMigration;
  text: string;
  /** The tree of `text` (after the body edits); `inputTree` is the file as it was read. */
  tree: Tree;
  inputTree: Tree;
  style: ImportStyle;
  decls: t.ImportDeclaration[];
  amplifyDecls: t.ImportDeclaration[];
  /** The 'aws-amplify' import the new v6 imports take the place of. */
  anchor: t.Node | undefined;
  anchorRemoved: boolean;
  /** Existing declarations the pass changes; `null` removes one. */
  planned: Map<t.ImportDeclaration, PlannedDeclaration | null>;
  needs: ImportNeed[];
  splices: Splice[];
  /** Input ranges of the statements this run removed whole: an import only they read goes too. */
  removed: { start: number; end: number }[];
}

/** Applies the import pass to `text` (the output of the body edits). */
export function rewriteImports(
  ctx: FileMigration,
  text: string,
  inputTree: Tree,
  anchorIndex: number,
  options: { repointTypes: boolean; removed?: { start: number; end: number }[] } = { repointTypes: true },
): ImportPassResult {
  const tree = new Tree(text, parseLikeJscodeshift(text, ctx.filePath));
  const decls = tree.program.body.filter((s): s is t.ImportDeclaration => s.type === 'ImportDeclaration');
  const amplifyDecls = decls.filter((d) => d.source.value === 'aws-amplify');
  const pass: ImportPass = {
    ctx,
    text,
    tree,
    inputTree,
    style: { quote: ctx.style.quote, indent: ctx.style.indent, trailingComma: ctx.trailingComma, ...importsStyle(ctx, tree) },
    decls,
    amplifyDecls,
    anchor: amplifyDecls[anchorIndex] ?? amplifyDecls[0],
    anchorRemoved: false,
    planned: new Map(),
    needs: [...ctx.imports],
    splices: [],
    removed: options.removed ?? [],
  };
  for (const decl of decls) cleanUpDeclaration(pass, decl, options.repointTypes);
  // CommonJS files (`const { withSSRContext } = require('aws-amplify')`, no import declarations).
  const requireAnchor = decls.length === 0 ? cleanUpRequires(pass) : undefined;
  const fresh = mergeIntoExistingImports(pass);
  declarationSplices(pass);
  if (fresh.length) insertNewImports(pass, fresh, requireAnchor);
  return { text: applySplices(text, pass.splices, ctx.style.eol), clientRemains: clientRemains(pass) };
}

/**
 * The names of `module` the migration may leave unused; a project module that re-exported withSSRContext
 * counts as 'aws-amplify', one whose withSSRContext wrappers migrated with this file for their names.
 */
function cleanupNames(pass: ImportPass, module: string): string[] | '*' | undefined {
  if (CLEANUP[module]) return CLEANUP[module];
  const { ssrModules = [], wrapperModules = [] } = pass.ctx.options;
  const names = [
    ...ssrModules.filter((m) => m.specifier === module).flatMap((m) => m.names),
    ...wrapperModules.filter((m) => m.specifier === module).flatMap((m) => m.wrappers.map((w) => w.name)),
  ];
  return names.length ? names : undefined;
}

/** Whether the migration left the specifier `local` of `module` unused, so that it goes. */
function removable(pass: ImportPass, module: string, local: string): boolean {
  const names = cleanupNames(pass, module);
  if (!names) return false;
  if (names !== '*' && !names.includes(importedNameOf(pass.tree, module, local) ?? local)) return false;
  if (referenceCount(pass.tree, local) > 0) return false;
  return (
    local === 'withSSRContext' || importedNameOf(pass.tree, module, local) === 'withSSRContext' || referenceCount(pass.inputTree, local) > 0
  );
}

/** `local` was read in the input, only inside statements this run removed, and is not read any more. */
function onlyReadByRemoved(pass: ImportPass, local: string): boolean {
  const inRemoved = (node: t.Node) => pass.removed.some((r) => r.start <= node.start! && node.end! <= r.end);
  return (
    referenceCount(pass.inputTree, local) > 0 &&
    referenceCount(pass.inputTree, local, (node) => inRemoved(node)) === 0 &&
    referenceCount(pass.tree, local) === 0
  );
}

function removeDeclaration(pass: ImportPass, decl: t.ImportDeclaration): void {
  pass.planned.set(decl, null);
  if (decl === pass.anchor) pass.anchorRemoved = true;
}

/** Drops the specifiers the migration made unused, turns a v4 default import named, re-points GraphQL types. */
function cleanUpDeclaration(pass: ImportPass, decl: t.ImportDeclaration, repointTypes: boolean): void {
  const { tree, inputTree } = pass;
  const module = decl.source.value;
  const { defaultLocal, namespace, specs } = specsOf(decl);
  if (namespace && module === 'aws-amplify' && referenceCount(tree, namespace) === 0 && referenceCount(inputTree, namespace) > 0) {
    // import * as Amplify from 'aws-amplify' used only for Amplify.withSSRContext(...)
    removeDeclaration(pass, decl);
    return;
  }
  if (namespace || decl.specifiers.length === 0) return;
  let changed = false;
  let keptDefault = defaultLocal;
  let kept = specs;
  if (cleanupNames(pass, module)) {
    kept = specs.filter((s) => !removable(pass, module, s.local));
    // A wrapper of withSSRContext its module exports as default (`import getSSR from '../lib/ssr'`).
    if (defaultLocal && module !== 'aws-amplify' && removable(pass, module, defaultLocal)) keptDefault = undefined;
    if (defaultLocal && module === 'aws-amplify') {
      // v4 default import → named (Table H).
      keptDefault = undefined;
      if (referenceCount(tree, defaultLocal) > 0 && !kept.some((s) => s.imported === 'Amplify')) {
        kept = [{ imported: 'Amplify', local: defaultLocal, typeOnly: false }, ...kept];
      }
    }
    if (kept.length !== specs.length || keptDefault !== defaultLocal) changed = true;
  }
  if (pass.removed.length) {
    const unused = (local: string) => onlyReadByRemoved(pass, local);
    if (keptDefault && unused(keptDefault)) keptDefault = undefined;
    const rest = kept.filter((s) => !unused(s.local));
    if (rest.length !== kept.length || keptDefault !== defaultLocal) changed = true;
    kept = rest;
  }
  if (repointTypes && GRAPHQL_TYPE_SOURCES.has(module)) {
    const moved = kept.filter((s) => GRAPHQL_TYPES.has(s.imported));
    if (moved.length) {
      kept = kept.filter((s) => !GRAPHQL_TYPES.has(s.imported));
      for (const m of moved) {
        if (referenceCount(tree, m.local) > 0 && !pass.needs.some((n) => n.module === 'aws-amplify/api' && n.name === m.imported)) {
          pass.needs.push({ module: 'aws-amplify/api', name: m.imported, local: m.local, typeOnly: true });
        }
      }
      changed = true;
    }
  }
  if (!changed) return;
  if (!kept.length && !keptDefault) removeDeclaration(pass, decl);
  else pass.planned.set(decl, { specs: kept, defaultLocal: keptDefault, sort: false });
}

/** The CommonJS form of the cleanup: `const { withSSRContext, Auth } = require('aws-amplify')`. Returns the first such statement. */
function cleanUpRequires(pass: ImportPass): { node: t.Node; removed: boolean } | undefined {
  const { text, tree, inputTree } = pass;
  let anchor: { node: t.Node; removed: boolean } | undefined;
  for (const stmt of tree.program.body) {
    if (stmt.type !== 'VariableDeclaration' || stmt.declarations.length !== 1) continue;
    const d = stmt.declarations[0];
    const init = d.init && unwrap(d.init);
    if (!init || init.type !== 'CallExpression' || init.callee.type !== 'Identifier' || init.callee.name !== 'require') continue;
    if (stringValue(init.arguments[0]) !== 'aws-amplify' || d.id.type !== 'ObjectPattern') continue;
    const props = d.id.properties.filter((p): p is t.ObjectProperty => p.type === 'ObjectProperty' && p.value.type === 'Identifier');
    if (props.length !== d.id.properties.length) continue;
    anchor ??= { node: stmt, removed: false };
    const kept = props.filter((p) => {
      const local = (p.value as t.Identifier).name;
      const key = propertyKeyName(p) ?? local;
      const candidates = CLEANUP['aws-amplify'] as string[];
      if (!candidates.includes(key)) return true;
      if (referenceCount(tree, local) > 0) return true;
      return !(key === 'withSSRContext' || referenceCount(inputTree, local) > 0);
    });
    if (kept.length === props.length) continue;
    if (kept.length === 0) {
      pass.splices.push({ start: text.lastIndexOf('\n', stmt.start! - 1) + 1, end: endOfLineBreak(text, stmt.end!), text: '' });
      if (stmt === anchor.node) anchor.removed = true;
    } else {
      const names = kept.map((p) =>
        p.shorthand ? (p.value as t.Identifier).name : `${propertyKeyName(p)}: ${(p.value as t.Identifier).name}`,
      );
      pass.splices.push({ start: d.id.start!, end: d.id.end!, text: `{ ${names.join(', ')} }` });
    }
  }
  return anchor;
}

/** Offset past the spaces and the line break after `offset`. */
function endOfLineBreak(text: string, offset: number): number {
  const end = offset + /^[ \t]*/.exec(text.slice(offset))![0].length;
  return end + (text[end] === '\r' ? 2 : text[end] === '\n' ? 1 : 0);
}

/** Adds each need to an existing import of its module; returns the needs that take a new declaration. */
function mergeIntoExistingImports(pass: ImportPass): ImportNeed[] {
  // Needs already satisfied by an import in the file.
  const pending = pass.needs.filter((n) => !hasSpecifier(pass.tree, n.module, n.name, n.local));
  const fresh: ImportNeed[] = [];
  for (const need of pending) {
    const target = pass.decls.find(
      (d) =>
        d.source.value === need.module &&
        !d.specifiers.some((s) => s.type === 'ImportNamespaceSpecifier') &&
        (d.importKind !== 'type' || need.typeOnly),
    );
    if (!target) {
      fresh.push(need);
      continue;
    }
    const current = pass.planned.get(target);
    // A declaration emptied by the cleanup is reused for the new specifiers (it keeps its place).
    const base = current === null ? { specs: [] as Spec[], defaultLocal: undefined } : (current ?? specsOf(target));
    if (current === null && target === pass.anchor) pass.anchorRemoved = false;
    const spec: Spec = { imported: need.name, local: need.local, typeOnly: !!need.typeOnly && target.importKind !== 'type' };
    pass.planned.set(target, { specs: [...base.specs, spec], defaultLocal: base.defaultLocal, sort: isSorted(base.specs) });
  }
  return fresh;
}

/** The splices that remove or rewrite the existing declarations the pass changed. */
function declarationSplices(pass: ImportPass): void {
  const { text } = pass;
  for (const [decl, planned] of pass.planned) {
    if (planned === null) {
      const lineStart = text.lastIndexOf('\n', decl.start! - 1) + 1;
      const start = lineStart + (text.slice(lineStart, decl.start!).startsWith('\uFEFF') ? 1 : 0);
      pass.splices.push({ start, end: endOfLineBreak(text, decl.end!), text: '' });
    } else {
      const typeOnly = decl.importKind === 'type';
      const rendered = importText(ownStyle(pass.style, text, decl), decl.source.value, planned.specs, {
        typeOnly,
        defaultLocal: planned.defaultLocal,
        sort: planned.sort,
      });
      pass.splices.push({ start: decl.start!, end: decl.end!, text: rendered });
    }
  }
}

/** The new import declarations (or `require` lines), one per module, in a fixed module order. */
function newImportLines(pass: ImportPass, fresh: ImportNeed[], requireMode: boolean): string[] {
  const groups = new Map<string, ImportNeed[]>();
  for (const n of fresh) {
    const key = `${n.typeOnly ? 'type ' : ''}${n.module}`;
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  // A value and a type import of the same module: one value import with the type inline.
  for (const [key, list] of groups) {
    if (!key.startsWith('type ')) continue;
    const valueKey = key.slice(5);
    if (groups.has(valueKey)) {
      groups.set(valueKey, [...groups.get(valueKey)!, ...list]);
      groups.delete(key);
    }
  }
  const utils = pass.ctx.options.utilsImport;
  const ordered = [...groups.entries()].sort(([a, la], [b, lb]) => {
    const ma = la[0].module;
    const mb = lb[0].module;
    const oa = MODULE_ORDER(ma, a.startsWith('type '), utils);
    const ob = MODULE_ORDER(mb, b.startsWith('type '), utils);
    return oa - ob || ma.localeCompare(mb);
  });
  return ordered.map(([key, list]) =>
    requireMode
      ? requireText(
          pass.style,
          list[0].module,
          list.filter((n) => !n.typeOnly),
        )
      : importText(
          pass.style,
          list[0].module,
          list.map((n) => ({ imported: n.name, local: n.local, typeOnly: !!n.typeOnly && !key.startsWith('type ') })),
          { typeOnly: key.startsWith('type '), sort: true },
        ),
  );
}

/**
 * Puts the new imports where the removed anchor was, else on the line after the anchor (or the CommonJS
 * `require`), else after the last import or require, else after the directives, else at the top.
 */
function insertNewImports(pass: ImportPass, fresh: ImportNeed[], requireAnchor: { node: t.Node; removed: boolean } | undefined): void {
  const { text, tree, anchor, splices } = pass;
  // Without an import to go by, a module that exports (ESM) gets imports, one that requires aws-amplify requires.
  const requireMode = pass.decls.length === 0 && (requireAnchor !== undefined || !exportsAsModule(tree));
  const block = newImportLines(pass, fresh, requireMode).filter(Boolean).join('\n');
  const takeRemoval = (node: t.Node): void => {
    const removal = splices.find((s) => s.start <= node.start! && s.end >= node.end! && s.text === '');
    if (removal) removal.text = `${block}\n`;
  };
  const afterLineOf = (offset: number, atEnd: string): void => {
    const lineEnd = text.indexOf('\n', offset);
    const at = lineEnd < 0 ? text.length : lineEnd + 1;
    splices.push({ start: at, end: at, text: lineEnd < 0 ? atEnd : `${block}\n` });
  };
  if (requireMode && requireAnchor) {
    if (requireAnchor.removed) takeRemoval(requireAnchor.node);
    else afterLineOf(requireAnchor.node.end!, `${block}\n`);
    return;
  }
  if (anchor && pass.anchorRemoved) return takeRemoval(anchor);
  if (anchor) return afterLineOf(anchor.end!, `\n${block}`);
  const last = [...tree.program.body].reverse().find((s) => s.type === 'ImportDeclaration' || isRequireStatement(s));
  if (last) return afterLineOf(last.end!, `\n${block}`);
  const directives = tree.program.directives ?? [];
  const after = directives.length ? directives[directives.length - 1].end! : 0;
  if (after) return afterLineOf(after, `${block}\n`);
  const at = text.startsWith('\uFEFF') ? 1 : 0;
  // At the head of the module, the imports stand apart from the code (or comment) that follows them.
  const blankAfter = /^[ \t]*\r?\n/.test(text.slice(at)) ? '' : '\n';
  splices.push({ start: at, end: at, text: `${block}\n${blankAfter}` });
}

/** Whether the module has an ESM export statement. */
function exportsAsModule(tree: Tree): boolean {
  return tree.program.body.some(
    (s) => s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration' || s.type === 'ExportAllDeclaration',
  );
}

/** client-v5-remains: API/Auth/Storage/DataStore still imported from 'aws-amplify'. */
function clientRemains(pass: ImportPass): ImportPassResult['clientRemains'] {
  const out: ImportPassResult['clientRemains'] = [];
  pass.amplifyDecls.forEach((decl, index) => {
    const planned = pass.planned.get(decl);
    if (planned === null) return;
    const remaining = (planned ?? specsOf(decl)).specs;
    const v5 = remaining.filter((s) =>
      ['API', 'Auth', 'Storage', 'DataStore', 'Analytics', 'PubSub', 'Interactions', 'Predictions'].includes(s.imported),
    );
    if (v5.length) out.push({ index, names: v5.map((s) => s.imported) });
  });
  return out;
}

function requireText(style: ImportStyle, module: string, needs: ImportNeed[]): string {
  if (!needs.length) return '';
  const names = [...needs].sort((a, b) => a.name.localeCompare(b.name)).map((n) => (n.name === n.local ? n.name : `${n.name}: ${n.local}`));
  return `const {${style.braceSpace}${names.join(', ')}${style.braceSpace}} = require(${stringLiteral(module, style.quote)})${style.semi}`;
}

/** An existing declaration rewritten keeps its own quotes, semicolon and brace spacing. */
function ownStyle(style: ImportStyle, text: string, decl: t.ImportDeclaration): ImportStyle {
  const own = text.slice(decl.start!, decl.end!);
  const brace = /\{([ \t]*)[\w$][^}\n]*?([ \t]*)\}/.exec(own);
  return {
    ...style,
    quote: quoteOf(text, decl),
    semi: own.trimEnd().endsWith(';') ? ';' : '',
    braceSpace: brace ? (brace[1] === '' && brace[2] === '' ? '' : ' ') : style.braceSpace,
  };
}

function quoteOf(text: string, decl: t.ImportDeclaration): Quote {
  return text[decl.source.start!] === '"' ? '"' : "'";
}

function importedNameOf(tree: Tree, module: string, local: string): string | undefined {
  for (const stmt of tree.program.body) {
    if (stmt.type !== 'ImportDeclaration' || stmt.source.value !== module) continue;
    for (const s of stmt.specifiers) {
      if (s.type === 'ImportSpecifier' && s.local.name === local) {
        return importedName(s);
      }
      if (s.type === 'ImportDefaultSpecifier' && s.local.name === local) return 'default';
    }
  }
  return undefined;
}

function hasSpecifier(tree: Tree, module: string, name: string, local: string): boolean {
  for (const stmt of tree.program.body) {
    if (stmt.type !== 'ImportDeclaration' || stmt.source.value !== module) continue;
    for (const s of stmt.specifiers) {
      if (s.type !== 'ImportSpecifier') continue;
      const imported = importedName(s);
      if (imported === name && s.local.name === local) return true;
    }
  }
  return false;
}

function isRequireStatement(stmt: t.Node): boolean {
  if (stmt.type !== 'VariableDeclaration') return false;
  return stmt.declarations.some((d) => {
    const init = d.init && unwrap(d.init);
    return (
      init?.type === 'CallExpression' &&
      init.callee.type === 'Identifier' &&
      init.callee.name === 'require' &&
      stringValue(init.arguments[0]) !== undefined
    );
  });
}
