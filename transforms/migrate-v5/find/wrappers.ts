import type * as t from '@babel/types';
import { type FunctionNode, isMember, memberName, unwrap, wrapped } from '../../../src/ast/tree.js';
import { propertyKeyName } from '../../../src/ast/object-properties.js';
import { exportedAs, importedName } from '../../../src/ast/import-statements.js';
import type { FileMigration, Todo } from './file-migration.js';
import { referencesOf, resolveBinding } from './scope.js';
import type { Forward, WrapperSpec } from '../migrate-result.js';

/**
 * Modules that wrap withSSRContext (`export const getSSR = (req) => withSSRContext({ req })`): the per-file
 * half of migrating a wrapper with its callers. The wrapper module's first run records each wrapper it can
 * follow (`wrapperOf`); the runner checks that every use of it in the project is a call in the migrated
 * files, then runs those files again with `wrapperModules` (each call is a unit, as if it called
 * withSSRContext with what the wrapper forwards) and the wrapper module with `dropWrappers`.
 */

export interface Wrapper {
  spec: WrapperSpec;
  /** The statements that declare and export it, removed with it. */
  statements: t.Statement[];
  /** `export { wrapper }`: its specifier, removed from that list (the list goes when nothing is left in it). */
  specifier?: t.ExportSpecifier;
}

/** The wrapper as its messages name it: its exported name, else its own name or 'the default export'. */
export function wrapperLabel(spec: Pick<WrapperSpec, 'name' | 'local'>): string {
  return spec.name === 'default' ? (spec.local ?? 'the default export') : spec.name;
}

/**
 * The wrapper `call` is the whole body of: a function its module exports under one name (`exportedName`)
 * that does nothing but return `withSSRContext(arg)` or one category of it, where `arg` is built from its
 * parameters only (`req`, `ctx`, `ctx.req`, `{ req }`, `{ req: ctx.req }`), and that its own module does
 * not call.
 */
export function wrapperOf(ctx: FileMigration, call: t.CallExpression): Wrapper | undefined {
  const tree = ctx.tree;
  const fn = tree.enclosingFunction(call);
  if (!fn || fn.async || fn.generator) return undefined;
  let value: t.Node = wrapped(tree, call);
  let category: string | undefined;
  const member = tree.parent(value);
  if (isMember(member) && member.object === value) {
    category = memberName(member);
    if (category === undefined) return undefined;
    value = wrapped(tree, member);
  }
  const holder = tree.parent(value);
  const returnsIt =
    (fn.type === 'ArrowFunctionExpression' && fn.body === value) ||
    (holder?.type === 'ReturnStatement' && fn.body.type === 'BlockStatement' && fn.body.body.length === 1 && fn.body.body[0] === holder);
  if (!returnsIt) return undefined;
  const exported = exportedName(ctx, fn);
  if (!exported) return undefined;
  if (exported.id && referencesOf(tree, exported.id).some((ref) => ref !== exported.ownUse)) return undefined;
  const params = parameterForwards(fn);
  if (!params || call.arguments.length > 1) return undefined;
  const arg = call.arguments[0];
  let forwards: WrapperSpec['forwards'];
  if (!arg) {
    forwards = null;
  } else {
    const e = unwrap(arg);
    if (e.type === 'ObjectExpression') {
      const props: Record<string, Forward> = {};
      for (const p of e.properties) {
        const key = p.type === 'ObjectProperty' && !p.computed ? propertyKeyName(p) : undefined;
        const f = key && p.type === 'ObjectProperty' ? forwardOf(ctx, params, p.value) : undefined;
        if (!key || !f) return undefined;
        props[key] = f;
      }
      forwards = { props };
    } else {
      const f = forwardOf(ctx, params, e);
      if (!f) return undefined;
      forwards = f;
    }
  }
  const spec: WrapperSpec = { name: exported.name, forwards };
  if (category !== undefined) spec.category = category;
  if (exported.local !== undefined) spec.local = exported.local;
  return { spec, statements: exported.statements, specifier: exported.specifier };
}

/**
 * The one name a module exports `fn` under, and what removing it takes: `export const name = <fn>` (one
 * declarator), `export function name`, `export default <fn>`, or a top-level `const`/`function` exported by
 * `export { local as name }` or `export default local` (its only use in the module).
 */
function exportedName(ctx: FileMigration, fn: FunctionNode): Exported | undefined {
  const tree = ctx.tree;
  const parent = tree.parent(wrapped(tree, fn));
  if (parent?.type === 'ExportDefaultDeclaration') {
    const id = fn.type === 'FunctionDeclaration' && fn.id ? fn.id : undefined;
    return { name: 'default', local: id?.name, id, statements: [parent] };
  }
  let id: t.Identifier | undefined;
  let declaration: t.Statement | undefined;
  if (fn.type === 'FunctionDeclaration') {
    id = fn.id ?? undefined;
    declaration = fn;
  } else if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier' && unwrap(parent.init!) === fn) {
    const decl = tree.parent(parent);
    if (decl?.type !== 'VariableDeclaration' || decl.declarations.length !== 1) return undefined;
    id = parent.id;
    declaration = decl;
  }
  if (!id || !declaration) return undefined;
  const holder = tree.parent(declaration);
  if (holder?.type === 'ExportNamedDeclaration') return { name: id.name, id, statements: [holder] };
  if (holder?.type !== 'Program') return undefined;
  // Declared, then exported by name: the export must be the module's only use of it.
  const uses = referencesOf(tree, id);
  const use = uses.length === 1 ? uses[0]! : undefined;
  const site = use && tree.parent(use);
  if (site?.type === 'ExportDefaultDeclaration')
    return { name: 'default', local: id.name, id, statements: [declaration, site], ownUse: use };
  if (site?.type !== 'ExportSpecifier' || site.local !== use) return undefined;
  const list = tree.parent(site);
  if (list?.type !== 'ExportNamedDeclaration' || list.source || list.exportKind === 'type') return undefined;
  const name = exportedAs(site);
  return { name, local: name === id.name ? undefined : id.name, id, statements: [declaration], specifier: site, ownUse: use };
}

interface Exported {
  name: string;
  /** The wrapper's name in its module, when callers import it by another (`export { local as name }`, a default export). */
  local?: string;
  id?: t.Identifier;
  statements: t.Statement[];
  specifier?: t.ExportSpecifier;
  /** The reference that exports it (`export { local }`, `export default local`): not a use of the wrapper. */
  ownUse?: t.Identifier;
}

/**
 * The name of the function around `call` when a CommonJS export hands it out (`module.exports = { getSSR }`,
 * `exports.getSSR = getSSR`, `module.exports = function getSSR…`): such a module is not followed across files.
 */
export function commonJsExportOf(ctx: FileMigration, call: t.CallExpression): string | undefined {
  const tree = ctx.tree;
  const fn = tree.enclosingFunction(call);
  if (!fn) return undefined;
  const isExports = (node: t.Node): boolean => {
    for (const a of tree.ancestors(node)) {
      if (a.type === 'AssignmentExpression') return /^(module\.)?exports\b/.test(ctx.text(a.left));
    }
    return false;
  };
  const parent = tree.parent(wrapped(tree, fn));
  const id =
    fn.type === 'FunctionDeclaration' || fn.type === 'FunctionExpression'
      ? (fn.id ?? undefined)
      : parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier'
        ? parent.id
        : undefined;
  if (parent?.type === 'AssignmentExpression' && isExports(fn)) return id?.name ?? ctx.text(parent.left);
  return id && referencesOf(tree, id).some(isExports) ? id.name : undefined;
}

/** Each name the parameters bind, as what it is of the call's arguments: `(req)`, `({ req })`. */
function parameterForwards(fn: FunctionNode): Map<t.Identifier, Forward> | undefined {
  const out = new Map<t.Identifier, Forward>();
  for (const [index, param] of fn.params.entries()) {
    if (param.type === 'Identifier') {
      out.set(param, { param: index });
      continue;
    }
    if (param.type !== 'ObjectPattern') return undefined;
    for (const p of param.properties) {
      if (p.type !== 'ObjectProperty' || p.value.type !== 'Identifier') return undefined;
      // Only `{ req }` is followed: v5 read nothing else of the context.
      if (propertyKeyName(p) === 'req') out.set(p.value, { param: index, req: true });
    }
  }
  return out;
}

function forwardOf(ctx: FileMigration, params: Map<t.Identifier, Forward>, node: t.Node): Forward | undefined {
  const e = unwrap(node);
  if (e.type === 'Identifier') {
    const binding = resolveBinding(ctx.tree, e);
    return binding ? params.get(binding) : undefined;
  }
  if (isMember(e) && memberName(e) === 'req' && unwrap(e.object).type === 'Identifier') {
    const inner = forwardOf(ctx, params, e.object);
    return inner && !inner.req ? { param: inner.param, req: true } : undefined;
  }
  return undefined;
}

/** A call of an imported wrapper: the unit's call, and the argument withSSRContext would have received. */
export interface WrapperCall {
  call: t.CallExpression;
  spec: WrapperSpec;
  /** What the wrapper passes, built from the call's own argument nodes (so scopes resolve in this file). */
  arg: t.Node | undefined;
  /** Set when the call does not give what the wrapper forwards. */
  todo?: Todo;
}

/** The calls of the `wrapperModules` wrappers this file imports. */
export function wrapperCalls(ctx: FileMigration): WrapperCall[] {
  const modules = ctx.options.wrapperModules ?? [];
  if (modules.length === 0) return [];
  const out: WrapperCall[] = [];
  for (const stmt of ctx.tree.program.body) {
    if (stmt.type !== 'ImportDeclaration' || stmt.importKind === 'type') continue;
    const module = modules.find((m) => m.specifier === stmt.source.value);
    if (!module) continue;
    for (const s of stmt.specifiers) {
      if (s.type === 'ImportNamespaceSpecifier' || (s.type === 'ImportSpecifier' && s.importKind === 'type')) continue;
      const imported = s.type === 'ImportDefaultSpecifier' ? 'default' : importedName(s);
      const spec = module.wrappers.find((w) => w.name === imported);
      if (!spec) continue;
      for (const ref of referencesOf(ctx.tree, s.local)) {
        const outer = wrapped(ctx.tree, ref);
        const call = ctx.tree.parent(outer);
        if (call?.type !== 'CallExpression' || call.callee !== outer) continue;
        out.push(forwardedCall(ctx, call, spec));
      }
    }
  }
  return out.sort((a, b) => a.call.start! - b.call.start!);
}

function forwardedCall(ctx: FileMigration, call: t.CallExpression, spec: WrapperSpec): WrapperCall {
  const missing = (): WrapperCall => ({
    call,
    spec,
    arg: undefined,
    todo: {
      code: 'ssr-context-escapes',
      reason: `${wrapperLabel(spec)} is called without the argument it passes to withSSRContext`,
      node: ctx.tree.statementOf(call),
    },
  });
  if (call.arguments.some((a) => a.type === 'SpreadElement')) return missing();
  const argument = (f: Forward): t.Node | undefined => {
    const node = call.arguments[f.param];
    if (!node) return undefined;
    // `ctx.req` of the caller's own argument: a member node around it, never printed (only its parts are).
    return f.req ? member(node as t.Expression, 'req') : node;
  };
  if (spec.forwards === null) return { call, spec, arg: undefined };
  if ('param' in spec.forwards) {
    const arg = argument(spec.forwards);
    return arg ? { call, spec, arg } : missing();
  }
  const properties: t.ObjectProperty[] = [];
  for (const [key, f] of Object.entries(spec.forwards.props)) {
    const value = argument(f);
    if (!value) return missing();
    properties.push({ type: 'ObjectProperty', key: identifier(key), value: value as t.Expression, computed: false, shorthand: false });
  }
  return { call, spec, arg: { type: 'ObjectExpression', properties } };
}

function member(object: t.Expression, name: string): t.MemberExpression {
  return { type: 'MemberExpression', object, property: identifier(name), computed: false };
}

function identifier(name: string): t.Identifier {
  return { type: 'Identifier', name };
}
