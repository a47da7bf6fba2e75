import type * as t from '@babel/types';
import { isFunction, unwrap, wrapped, type FunctionNode } from '../../../src/ast/tree.js';
import type { FileMigration, Todo } from './file-migration.js';
import type { Op, UnitBody } from './find-units.js';
import type { OpConversion, ConversionResult } from '../categories/op-conversion.js';
import { call, raw } from '../output/print.js';
import { referencesOf, resolveBinding } from './scope.js';
import type { HelperEscape, HelperSpec } from '../migrate-result.js';
import { exportedAs, importedName } from '../../../src/ast/import-statements.js';

/**
 * Helpers in other modules that receive the SSR instance (or one of its categories): the per-file half of
 * migrating them with their callers. A first run records each such call (`HelperEscape`); the runner checks
 * that every caller of the helper is one of them, then runs the caller files again with the calls it
 * approved (`helperCalls`, as `line:column`) and the helper module with the helpers to migrate (`helpers`).
 */

/** The category of an op that is a call of an approved helper: `fetchPosts(SSR.API)`. */
export const HELPER_CATEGORY = 'helper';

const escapes = new WeakMap<FileMigration, HelperEscape[]>();
const argumentIndex = new WeakMap<Op, number>();

/** `line:column` (1-based) of a node, the key of a helper call between runs. */
export function siteOf(node: t.Node): string {
  return `${node.loc!.start.line}:${node.loc!.start.column + 1}`;
}

/**
 * `expr` (the SSR instance, or a category of it when `passes` names one) is an argument of a call of a
 * function imported from a project module: an op when that call is approved, else recorded as an escape.
 * Returns whether it became an op.
 */
export function helperArgument(ctx: FileMigration, unit: UnitBody, expr: t.Node, passes: string): boolean {
  const tree = ctx.tree;
  const outer = wrapped(tree, expr);
  const parent = tree.parent(outer);
  if (parent?.type !== 'CallExpression' || parent.callee.type !== 'Identifier') return false;
  const param = parent.arguments.indexOf(outer as t.Expression);
  const imported = importedFunction(ctx, parent.callee);
  if (param < 0 || !imported) return false;
  // One SSR argument per call: the helper gets one context.
  if (unit.ops.some((op) => op.call === parent)) return false;
  const site = siteOf(parent);
  if (ctx.options.helperCalls?.includes(site)) {
    const op: Op = { call: parent, category: HELPER_CATEGORY, method: parent.callee.name, stmt: tree.statementOf(parent) };
    argumentIndex.set(op, param);
    unit.ops.push(op);
    return true;
  }
  const { line, column } = parent.loc!.start;
  let list = escapes.get(ctx);
  if (!list) escapes.set(ctx, (list = []));
  list.push({ line, column: column + 1, specifier: imported.specifier, imported: imported.name, param, passes });
  return false;
}

/** The calls of imported helpers this file passes the SSR instance to (first run). */
export function helperEscapes(ctx: FileMigration): HelperEscape[] {
  return escapes.get(ctx) ?? [];
}

/** `fetchPosts(SSR.API, id)` → `fetchPosts(contextSpec, id)` inside the operation. */
export function planHelperCall(ctx: FileMigration, op: Op): ConversionResult {
  const node = op.call as t.CallExpression;
  const param = argumentIndex.get(op)!;
  const typeArgs = node.typeParameters ? ctx.text(node.typeParameters) : undefined;
  const plan: OpConversion = {
    op,
    promise: (cs) =>
      call(
        ctx.text(node.callee),
        node.arguments.map((a, i) => (i === param ? raw(cs) : ctx.doc(a))),
        typeArgs,
      ),
    infos: [],
  };
  return { plan };
}

function importedFunction(ctx: FileMigration, id: t.Identifier): { specifier: string; name: string } | undefined {
  const binding = resolveBinding(ctx.tree, id);
  const spec = binding && ctx.tree.parent(binding);
  if (spec?.type !== 'ImportSpecifier' && spec?.type !== 'ImportDefaultSpecifier') return undefined;
  const decl = ctx.tree.parent(spec);
  if (decl?.type !== 'ImportDeclaration' || decl.importKind === 'type' || decl.source.value === 'aws-amplify') return undefined;
  const name = spec.type === 'ImportDefaultSpecifier' ? 'default' : importedName(spec);
  return { specifier: decl.source.value, name };
}

export interface HelperSite {
  spec: HelperSpec;
  fn: FunctionNode;
  param: t.Identifier;
}

/** The exported function `spec` names, with its SSR parameter; or why it cannot be migrated with its callers. */
export function findHelper(ctx: FileMigration, spec: HelperSpec): HelperSite | Todo {
  const found = exportedFunction(ctx, spec.name);
  if (!found) {
    const where = ctx.tree.program.body[0] ?? ctx.tree.program;
    return {
      code: 'ssr-context-escapes',
      reason: `${spec.name} is not an exported function of this module that migrate-v5 can follow`,
      node: where,
    };
  }
  const { fn, id, statement } = found;
  const param = fn.params[spec.param];
  if (param?.type !== 'Identifier' || param.optional) {
    return {
      code: 'ssr-context-escapes',
      reason: `parameter ${spec.param + 1} of ${spec.name} (the SSR instance its callers pass) is not a plain name`,
      node: statement,
    };
  }
  const ownCalls = id ? referencesOf(ctx.tree, id).filter((ref) => ctx.tree.parent(ref)?.type !== 'ExportSpecifier') : [];
  if (ownCalls.length > 0) {
    return {
      code: 'ssr-context-escapes',
      reason: `${spec.name} is also used inside its own module, where the SSR instance it gets cannot be followed`,
      node: ctx.tree.statementOf(ownCalls[0]),
    };
  }
  return { spec, fn, param };
}

function exportedFunction(ctx: FileMigration, name: string): { fn: FunctionNode; id?: t.Identifier; statement: t.Node } | undefined {
  const body = ctx.tree.program.body;
  const asFunction = (node: t.Node | null | undefined): FunctionNode | undefined => {
    const n = node ? unwrap(node) : undefined;
    return n && isFunction(n) ? n : undefined;
  };
  const declared = (local: string): { fn: FunctionNode; id: t.Identifier; statement: t.Node } | undefined => {
    for (const stmt of body) {
      const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
      if (decl?.type === 'FunctionDeclaration' && decl.id?.name === local) return { fn: decl, id: decl.id, statement: stmt };
      if (decl?.type !== 'VariableDeclaration') continue;
      for (const d of decl.declarations) {
        const fn = d.id.type === 'Identifier' && d.id.name === local ? asFunction(d.init) : undefined;
        if (fn && d.id.type === 'Identifier') return { fn, id: d.id, statement: stmt };
      }
    }
    return undefined;
  };
  for (const stmt of body) {
    if (name === 'default' && stmt.type === 'ExportDefaultDeclaration') {
      const d = stmt.declaration;
      if (d.type === 'Identifier') return declared(d.name);
      const fn = asFunction(d);
      if (fn) return { fn, id: fn.type === 'FunctionDeclaration' && fn.id ? fn.id : undefined, statement: stmt };
    }
    if (stmt.type !== 'ExportNamedDeclaration') continue;
    if (stmt.declaration) {
      const own = declared(name);
      if (own && own.statement === stmt) return own;
      continue;
    }
    if (stmt.source) continue;
    for (const s of stmt.specifiers) {
      if (s.type !== 'ExportSpecifier') continue;
      if (exportedAs(s) === name) return declared(s.local.name);
    }
  }
  return undefined;
}

/**
 * A helper that hands a v6 auth value back whole (`return user`, `return { user }`): its callers read it in
 * other modules, where no check follows it, so it stays v5. Reads of its members (`return user.username`)
 * are checked here like any other.
 */
export function returnsAuthValue(ctx: FileMigration, site: HelperSite, plans: OpConversion[]): Todo | undefined {
  const tree = ctx.tree;
  const authPlans = plans.filter((p) => p.v6Value);
  if (authPlans.length === 0) return undefined;
  const calls = new Set<t.Node>(authPlans.map((p) => p.op.call));
  const names = new Set<string>();
  for (const p of authPlans) {
    let value: t.Node = wrapped(tree, p.op.call);
    const parent = tree.parent(value);
    if (parent?.type === 'AwaitExpression') value = wrapped(tree, parent);
    const holder = tree.parent(value);
    if (holder?.type === 'VariableDeclarator' && holder.init === value && holder.id.type === 'Identifier') names.add(holder.id.name);
    if (holder?.type === 'AssignmentExpression' && holder.right === value && holder.left.type === 'Identifier') names.add(holder.left.name);
  }
  const whole = (node: t.Node | null | undefined): boolean => {
    if (!node) return false;
    const e = unwrap(node);
    if (calls.has(e)) return true;
    if (e.type === 'AwaitExpression') return whole(e.argument);
    if (e.type === 'Identifier') return names.has(e.name);
    if (e.type === 'ObjectExpression')
      return e.properties.some((p) =>
        p.type === 'ObjectProperty' ? whole(p.value as t.Node) : p.type === 'SpreadElement' && whole(p.argument),
      );
    if (e.type === 'ArrayExpression') return e.elements.some((el) => whole(el));
    if (e.type === 'ConditionalExpression') return whole(e.consequent) || whole(e.alternate);
    if (e.type === 'LogicalExpression') return whole(e.left) || whole(e.right);
    return false;
  };
  for (const node of tree.descendants(site.fn)) {
    const returned =
      node.type === 'ReturnStatement' && tree.enclosingFunction(node) === site.fn
        ? node.argument
        : node === site.fn && node.type === 'ArrowFunctionExpression' && node.body.type !== 'BlockStatement'
          ? node.body
          : undefined;
    if (!whole(returned)) continue;
    return {
      code: 'cognito-user-shape',
      reason: `${site.spec.name} returns the result of a v5 Auth call to callers in other modules, which would read the v6 value as v5`,
      node: node === site.fn ? tree.statementOf(node) : node,
    };
  }
  return undefined;
}

/**
 * The names under which `stmt` (a `reexport` site) re-exports withSSRContext: `export { withSSRContext }
 * from 'aws-amplify'`, `export const withSSRContext = original`, `export { original as withSSRContext }`;
 * `['*']` for `export * from 'aws-amplify'`; `[]` for a form importers cannot be followed through.
 */
export function reexportedNames(stmt: t.Node, ssrLocals: Set<string>): string[] {
  if (stmt.type === 'ExportAllDeclaration') return stmt.source.value === 'aws-amplify' ? ['*'] : [];
  if (stmt.type !== 'ExportNamedDeclaration') return [];
  if (stmt.source) {
    if (stmt.source.value !== 'aws-amplify') return [];
    return stmt.specifiers.flatMap((s) => (s.type === 'ExportSpecifier' && s.local.name === 'withSSRContext' ? [exportedAs(s)] : []));
  }
  if (stmt.declaration?.type === 'VariableDeclaration') {
    return stmt.declaration.declarations.flatMap((d) => {
      const init = d.init ? unwrap(d.init) : undefined;
      return d.id.type === 'Identifier' && init?.type === 'Identifier' && ssrLocals.has(init.name) ? [d.id.name] : [];
    });
  }
  return stmt.specifiers.flatMap((s) => (s.type === 'ExportSpecifier' && ssrLocals.has(s.local.name) ? [exportedAs(s)] : []));
}

/** `stmt` does nothing but re-export withSSRContext under `names`: it can go once nothing imports them. */
export function onlyReexports(stmt: t.Node, names: string[]): boolean {
  if (stmt.type !== 'ExportNamedDeclaration' || names.length === 0 || names.includes('*')) return false;
  const parts = stmt.declaration?.type === 'VariableDeclaration' ? stmt.declaration.declarations.length : stmt.specifiers.length;
  return parts === names.length;
}
