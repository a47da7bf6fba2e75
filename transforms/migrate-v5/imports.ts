import type * as t from '@babel/types';
import { parseSource, propertyKeyName, stringValue, Tree, unwrap } from './ast.js';
import type { FileContext, ImportNeed, Splice } from './file-context.js';
import { isBindingPosition, isValueReference } from './scope.js';
import { stringLiteral, type Quote } from '../lib/string-literal.js';

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
export function referenceCount(tree: Tree, name: string): number {
  let count = 0;
  for (const node of tree.all) {
    if (node.type !== 'Identifier' || node.name !== name) continue;
    const parent = tree.parent(node);
    if (!parent) continue;
    if (parent.type === 'ImportSpecifier' || parent.type === 'ImportDefaultSpecifier' || parent.type === 'ImportNamespaceSpecifier') continue;
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
      const imported = s.imported.type === 'Identifier' ? s.imported.name : s.imported.value;
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
function importsStyle(ctx: FileContext, tree: Tree): { semi: string; braceSpace: string } {
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

/** Applies the import pass to `text` (the output of the body edits). */
export interface ImportPassResult {
  text: string;
  /** aws-amplify imports (by index among the file's aws-amplify imports) that still hold v5 category objects. */
  clientRemains: { index: number; names: string[] }[];
}

export function rewriteImports(
  ctx: FileContext,
  text: string,
  inputTree: Tree,
  anchorIndex: number,
  options: { repointTypes: boolean } = { repointTypes: true },
): ImportPassResult {
  const tree = new Tree(text, parseSource(text, ctx.filePath));
  const splices: Splice[] = [];
  const eolLen = (offset: number): number => (text[offset] === '\r' ? 2 : text[offset] === '\n' ? 1 : 0);
  const style: ImportStyle = {
    quote: ctx.style.quote,
    indent: ctx.style.indent,
    trailingComma: ctx.trailingComma,
    ...importsStyle(ctx, tree),
  };
  const needs: ImportNeed[] = [...ctx.imports];
  // A project module that re-exported withSSRContext: its import goes like the one from 'aws-amplify'.
  const cleanup = (module: string): string[] | '*' | undefined => CLEANUP[module] ?? ctx.options.ssrModules?.find((m) => m.specifier === module)?.names;
  const removable = (module: string, local: string): boolean => {
    const names = cleanup(module);
    if (!names) return false;
    if (names !== '*' && !names.includes(importedNameOf(tree, module, local) ?? local)) return false;
    if (referenceCount(tree, local) > 0) return false;
    return local === 'withSSRContext' || importedNameOf(tree, module, local) === 'withSSRContext' || referenceCount(inputTree, local) > 0;
  };

  const decls = tree.program.body.filter((s): s is t.ImportDeclaration => s.type === 'ImportDeclaration');
  const amplifyDecls = decls.filter((d) => d.source.value === 'aws-amplify');
  const anchor: t.Node | undefined = amplifyDecls[anchorIndex] ?? amplifyDecls[0];
  let anchorRemoved = false;
  const rewritten = new Map<t.ImportDeclaration, string | null>();

  for (const decl of decls) {
    const module = decl.source.value;
    const { defaultLocal, namespace, specs } = specsOf(decl);
    if (namespace && module === 'aws-amplify' && referenceCount(tree, namespace) === 0 && referenceCount(inputTree, namespace) > 0) {
      // import * as Amplify from 'aws-amplify' used only for Amplify.withSSRContext(...)
      rewritten.set(decl, null);
      if (decl === anchor) anchorRemoved = true;
      continue;
    }
    if (namespace || decl.specifiers.length === 0) continue;
    let changed = false;
    let keptDefault = defaultLocal;
    let kept = specs;
    if (cleanup(module)) {
      kept = specs.filter((s) => !removable(module, s.local));
      if (defaultLocal && module === 'aws-amplify') {
        // v4 default import → named (Table H).
        keptDefault = undefined;
        if (referenceCount(tree, defaultLocal) > 0 && !kept.some((s) => s.imported === 'Amplify')) {
          kept = [{ imported: 'Amplify', local: defaultLocal, typeOnly: false }, ...kept];
        }
      }
      if (kept.length !== specs.length || keptDefault !== defaultLocal) changed = true;
    }
    if (options.repointTypes && GRAPHQL_TYPE_SOURCES.has(module)) {
      const moved = kept.filter((s) => GRAPHQL_TYPES.has(s.imported));
      if (moved.length) {
        kept = kept.filter((s) => !GRAPHQL_TYPES.has(s.imported));
        for (const m of moved) {
          if (referenceCount(tree, m.local) > 0 && !needs.some((n) => n.module === 'aws-amplify/api' && n.name === m.imported)) {
            needs.push({ module: 'aws-amplify/api', name: m.imported, local: m.local, typeOnly: true });
          }
        }
        changed = true;
      }
    }
    if (!changed) continue;
    if (!kept.length && !keptDefault) {
      rewritten.set(decl, null);
      if (decl === anchor) anchorRemoved = true;
    } else {
      const sorted = isSorted(specs);
      rewritten.set(
        decl,
        importText(ownStyle(style, text, decl), module, kept, {
          typeOnly: decl.importKind === 'type',
          defaultLocal: keptDefault,
          sort: sorted && false,
        }),
      );
    }
  }

  // CommonJS files (`const { withSSRContext } = require('aws-amplify')`, no import declarations).
  const requireMode = decls.length === 0;
  let requireAnchor: t.Node | undefined;
  let requireAnchorRemoved = false;
  if (requireMode) {
    for (const stmt of tree.program.body) {
      if (stmt.type !== 'VariableDeclaration' || stmt.declarations.length !== 1) continue;
      const d = stmt.declarations[0];
      const init = d.init && unwrap(d.init);
      if (!init || init.type !== 'CallExpression' || init.callee.type !== 'Identifier' || init.callee.name !== 'require') continue;
      if (stringValue(init.arguments[0]) !== 'aws-amplify' || d.id.type !== 'ObjectPattern') continue;
      const props = d.id.properties.filter((p): p is t.ObjectProperty => p.type === 'ObjectProperty' && p.value.type === 'Identifier');
      if (props.length !== d.id.properties.length) continue;
      requireAnchor ??= stmt;
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
        const lineStart = text.lastIndexOf('\n', stmt.start! - 1) + 1;
        const trailing = /^[ \t]*/.exec(text.slice(stmt.end!))![0].length;
        splices.push({ start: lineStart, end: stmt.end! + trailing + eolLen(stmt.end! + trailing), text: '' });
        if (stmt === requireAnchor) requireAnchorRemoved = true;
      } else {
        const names = kept.map((p) => (p.shorthand ? (p.value as t.Identifier).name : `${propertyKeyName(p)}: ${(p.value as t.Identifier).name}`));
        splices.push({ start: d.id.start!, end: d.id.end!, text: `{ ${names.join(', ')} }` });
      }
    }
  }

  // Needs already satisfied by an import in the file.
  const pending = needs.filter((n) => !hasSpecifier(tree, n.module, n.name, n.local));
  // Merge into an existing import of the same module.
  const fresh: ImportNeed[] = [];
  for (const need of pending) {
    const target = decls.find(
      (d) =>
        d.source.value === need.module &&
        !d.specifiers.some((s) => s.type === 'ImportNamespaceSpecifier') &&
        (d.importKind !== 'type' || need.typeOnly),
    );
    if (!target) {
      fresh.push(need);
      continue;
    }
    const current = rewritten.get(target);
    // A declaration emptied by the cleanup is reused for the new specifiers (it keeps its place).
    const base = current === null ? { specs: [] as Spec[], defaultLocal: undefined } : current !== undefined ? parseImportText(current) : specsOf(target);
    if (current === null && target === anchor) anchorRemoved = false;
    const spec: Spec = { imported: need.name, local: need.local, typeOnly: !!need.typeOnly && target.importKind !== 'type' };
    const specs = [...base.specs, spec];
    rewritten.set(
      target,
      importText(ownStyle(style, text, target), need.module, specs, {
        typeOnly: target.importKind === 'type',
        defaultLocal: base.defaultLocal,
        sort: isSorted(base.specs),
      }),
    );
  }

  for (const [decl, replacement] of rewritten) {
    if (replacement === null) {
      const lineStart = text.lastIndexOf('\n', decl.start! - 1) + 1;
      const start = lineStart + (text.slice(lineStart, decl.start!).startsWith('\uFEFF') ? 1 : 0);
      const trailing = /^[ \t]*/.exec(text.slice(decl.end!))![0].length;
      splices.push({ start, end: decl.end! + trailing + eolLen(decl.end! + trailing), text: '' });
    } else {
      splices.push({ start: decl.start!, end: decl.end!, text: replacement });
    }
  }

  // New import declarations, grouped by module.
  if (fresh.length) {
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
    const utils = ctx.options.utilsImport;
    const ordered = [...groups.entries()].sort(([a, la], [b, lb]) => {
      const ma = la[0].module;
      const mb = lb[0].module;
      const oa = MODULE_ORDER(ma, a.startsWith('type '), utils);
      const ob = MODULE_ORDER(mb, b.startsWith('type '), utils);
      return oa - ob || ma.localeCompare(mb);
    });
    const lines = ordered.map(([key, list]) =>
      requireMode
        ? requireText(style, list[0].module, list.filter((n) => !n.typeOnly))
        : importText(
        style,
        list[0].module,
        list.map((n) => ({ imported: n.name, local: n.local, typeOnly: !!n.typeOnly && !key.startsWith('type ') })),
        { typeOnly: key.startsWith('type '), sort: true },
      ),
    );
    const block = lines.filter(Boolean).join('\n');
    if (requireMode && requireAnchor) {
      if (requireAnchorRemoved) {
        const removal = splices.find((s) => s.start <= requireAnchor!.start! && s.end >= requireAnchor!.end! && s.text === '');
        if (removal) removal.text = `${block}\n`;
      } else {
        const lineEnd = text.indexOf('\n', requireAnchor.end!);
        const at = lineEnd < 0 ? text.length : lineEnd + 1;
        splices.push({ start: at, end: at, text: `${block}\n` });
      }
    } else if (anchor && anchorRemoved) {
      const removal = splices.find((s) => s.start <= anchor.start! && s.end >= anchor.end! && s.text === '');
      if (removal) removal.text = `${block}\n`;
    } else if (anchor) {
      const end = anchor.end!;
      const lineEnd = text.indexOf('\n', end);
      const at = lineEnd < 0 ? text.length : lineEnd + 1;
      splices.push({ start: at, end: at, text: lineEnd < 0 ? `\n${block}` : `${block}\n` });
    } else {
      const last = [...tree.program.body].reverse().find((s) => s.type === 'ImportDeclaration' || isRequireStatement(s));
      if (last) {
        const lineEnd = text.indexOf('\n', last.end!);
        const at = lineEnd < 0 ? text.length : lineEnd + 1;
        splices.push({ start: at, end: at, text: lineEnd < 0 ? `\n${block}` : `${block}\n` });
      } else {
        const directives = tree.program.directives ?? [];
        const after = directives.length ? directives[directives.length - 1].end! : 0;
        if (after) {
          const lineEnd = text.indexOf('\n', after);
          const at = lineEnd < 0 ? text.length : lineEnd + 1;
          splices.push({ start: at, end: at, text: `${block}\n` });
        } else {
          const at = text.startsWith('\uFEFF') ? 1 : 0;
          splices.push({ start: at, end: at, text: `${block}\n` });
        }
      }
    }
  }

  // client-v5-remains: API/Auth/Storage/DataStore still imported from 'aws-amplify'.
  const clientRemains: ImportPassResult['clientRemains'] = [];
  amplifyDecls.forEach((decl, index) => {
    const replacement = rewritten.get(decl);
    if (replacement === null) return;
    const remaining = replacement !== undefined ? parseImportText(replacement).specs : specsOf(decl).specs;
    const v5 = remaining.filter((s) => ['API', 'Auth', 'Storage', 'DataStore', 'Analytics', 'PubSub', 'Interactions', 'Predictions'].includes(s.imported));
    if (v5.length) clientRemains.push({ index, names: v5.map((s) => s.imported) });
  });

  const eol = ctx.style.eol;
  let out = text;
  for (const s of splices.sort((a, b) => b.start - a.start || b.end - a.end)) {
    out = out.slice(0, s.start) + s.text.replace(/\r?\n/g, eol) + out.slice(s.end);
  }
  return { text: out, clientRemains };
}

function requireText(style: ImportStyle, module: string, needs: ImportNeed[]): string {
  if (!needs.length) return '';
  const names = [...needs]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((n) => (n.name === n.local ? n.name : `${n.name}: ${n.local}`));
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
        return s.imported.type === 'Identifier' ? s.imported.name : s.imported.value;
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
      const imported = s.imported.type === 'Identifier' ? s.imported.name : s.imported.value;
      if (imported === name && s.local.name === local) return true;
    }
  }
  return false;
}

/** Parses the specifiers back out of an import line this module generated. */
function parseImportText(text: string): { defaultLocal?: string; specs: Spec[] } {
  const m = /^import\s+(type\s+)?(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\})?/.exec(text);
  const specs: Spec[] = [];
  for (const raw of (m?.[3] ?? '').split(',')) {
    const part = raw.trim();
    if (!part) continue;
    const typeOnly = part.startsWith('type ');
    const body = typeOnly ? part.slice(5) : part;
    const [imported, local] = body.split(/\s+as\s+/);
    specs.push({ imported: imported.trim(), local: (local ?? imported).trim(), typeOnly });
  }
  return { defaultLocal: m?.[2], specs };
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

