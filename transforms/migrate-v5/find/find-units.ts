import type * as t from '@babel/types';
import {
  type CallLike,
  callParent,
  type FunctionNode,
  isCall,
  isMember,
  memberName,
  memberParent,
  stringValue,
  unwrap,
  wrapped,
} from '../../../src/ast/tree.js';
import { propertyKeyName } from '../../../src/ast/object-properties.js';
import { importedName } from '../../../src/ast/import-statements.js';
import type { FileMigration, Todo } from './file-migration.js';
import { referencesOf } from './scope.js';
import { helperArgument } from './cross-file.js';

/** The local binding of `withSSRContext` imported from 'aws-amplify' (or a namespace that holds it). */
export interface SsrBinding {
  local: t.Identifier;
  /** `withSSRContext` itself, or a namespace object (`import * as Amplify`, `require('aws-amplify')`). */
  namespace: boolean;
  declaration: t.Node;
}

/** One call of a v5 category method on an SSR instance: `SSR.Auth.currentAuthenticatedUser()`. */
export interface Op {
  call: CallLike;
  category: string;
  method: string;
  stmt: t.Statement;
}

/** What a unit's category calls are found in: the function, the calls, the statements to delete, its blockers. */
export interface UnitBody {
  fn: FunctionNode | undefined;
  /** Statements that only create the instance or pick categories from it: deleted when migrated. */
  deleteStmts: t.Statement[];
  /** Declarators to delete when the declaration has other declarators too. */
  deleteDeclarators: t.VariableDeclarator[];
  ops: Op[];
  todos: Todo[];
}

/** One v5 SSR instance: a `withSSRContext(...)` call and everything derived from it. */
export interface Unit extends UnitBody {
  call: t.CallExpression;
  arg: t.Node | undefined;
}

export function isAmplifySource(value: string | undefined): boolean {
  return value === 'aws-amplify';
}

function isRequireOf(node: t.Node | null | undefined, module: string): boolean {
  if (!node) return false;
  const n = unwrap(node);
  return (
    n.type === 'CallExpression' &&
    n.callee.type === 'Identifier' &&
    n.callee.name === 'require' &&
    n.arguments.length === 1 &&
    stringValue(n.arguments[0]) === module
  );
}

/** `withSSRContext` bindings from 'aws-amplify' (import or require), found through the AST. */
export function findSsrBindings(ctx: FileMigration): SsrBinding[] {
  const out: SsrBinding[] = [];
  for (const stmt of ctx.tree.program.body) {
    if (stmt.type === 'ImportDeclaration' && isAmplifySource(stmt.source.value) && stmt.importKind !== 'type') {
      for (const spec of stmt.specifiers) {
        if (spec.type === 'ImportSpecifier' && importedName(spec) === 'withSSRContext' && spec.importKind !== 'type') {
          out.push({ local: spec.local, namespace: false, declaration: stmt });
        } else if (spec.type === 'ImportNamespaceSpecifier') {
          out.push({ local: spec.local, namespace: true, declaration: stmt });
        }
      }
    }
  }
  // withSSRContext re-exported by a project module (`import { withSSRContext } from '@/lib/amplify'`).
  for (const stmt of ctx.tree.program.body) {
    const module =
      stmt.type === 'ImportDeclaration' && stmt.importKind !== 'type'
        ? ctx.options.ssrModules?.find((m) => m.specifier === stmt.source.value)
        : undefined;
    if (!module || stmt.type !== 'ImportDeclaration') continue;
    for (const spec of stmt.specifiers) {
      if (spec.type === 'ImportSpecifier' && spec.importKind !== 'type' && module.names.includes(importedName(spec))) {
        out.push({ local: spec.local, namespace: false, declaration: stmt });
      }
    }
  }
  for (const node of ctx.tree.all) {
    if (node.type !== 'VariableDeclarator' || !isRequireOf(node.init, 'aws-amplify')) continue;
    if (node.id.type === 'Identifier') {
      out.push({ local: node.id, namespace: true, declaration: node });
    } else if (node.id.type === 'ObjectPattern') {
      for (const prop of node.id.properties) {
        if (prop.type === 'ObjectProperty' && propertyKeyName(prop) === 'withSSRContext' && prop.value.type === 'Identifier') {
          out.push({ local: prop.value, namespace: false, declaration: node });
        }
      }
    }
  }
  return out;
}

/** A reference that evaluates to `withSSRContext` (the binding itself, or `Amplify.withSSRContext`). */
export interface SsrReference {
  node: t.Node;
  binding: SsrBinding;
}

export function ssrReferences(ctx: FileMigration, bindings: SsrBinding[]): SsrReference[] {
  const out: SsrReference[] = [];
  for (const binding of bindings) {
    for (const ref of referencesOf(ctx.tree, binding.local)) {
      if (!binding.namespace) {
        out.push({ node: ref, binding });
        continue;
      }
      const member = memberParent(ctx.tree, ref);
      if (member && memberName(member) === 'withSSRContext') out.push({ node: member, binding });
    }
  }
  return out.sort((a, b) => a.node.start! - b.node.start!);
}

/**
 * Builds the unit for one `withSSRContext(...)` call: its bindings, its category calls, its blockers. A call
 * of a wrapper of withSSRContext in another module gives `wrapper`: the argument withSSRContext receives
 * through it, and the category it returns (else the whole instance).
 */
export function analyzeUnit(ctx: FileMigration, call: t.CallExpression, wrapper?: { arg: t.Node | undefined; category?: string }): Unit {
  const tree = ctx.tree;
  const unit: Unit = {
    call,
    arg: wrapper ? wrapper.arg : call.arguments[0],
    fn: tree.enclosingFunction(call),
    deleteStmts: [],
    deleteDeclarators: [],
    ops: [],
    todos: [],
  };
  const blocked = (code: Todo['code'], reason: string, node: t.Node): void => {
    unit.todos.push({ code, reason, node: tree.statementOf(node) });
  };

  if (!unit.fn) {
    blocked(
      'module-scope-context',
      'withSSRContext is evaluated at module scope and shared across requests; v6 needs a context per request',
      call,
    );
    return unit;
  }

  const outer = wrapped(tree, call);
  const parent = tree.parent(outer);
  const { deleteDeclaration, visitPattern, classifyInstance, classifyCategory } = unitWalker(ctx, unit, call);
  if (wrapper?.category !== undefined) {
    classifyCategory(call, wrapper.category);
    unit.ops.sort((a, b) => a.call.start! - b.call.start!);
    return unit;
  }

  // How the result of withSSRContext(...) is held.
  if (parent?.type === 'VariableDeclarator' && parent.init === outer) {
    if (parent.id.type === 'Identifier') {
      deleteDeclaration(parent);
      if (isExported(ctx, parent)) {
        blocked('ssr-context-escapes', 'the SSR instance is exported', parent);
        return unit;
      }
      for (const ref of referencesOf(tree, parent.id, unit.fn)) classifyInstance(ref);
    } else if (parent.id.type === 'ObjectPattern') {
      if (visitPattern(parent.id)) deleteDeclaration(parent);
    } else {
      blocked('ssr-context-escapes', 'the SSR instance is destructured in an unsupported way', parent);
    }
  } else if (isMember(parent) && parent.object === outer) {
    classifyInstance(call);
  } else {
    blocked('ssr-context-escapes', escapeReason(parent, 'the SSR instance'), call);
  }
  unit.ops.sort((a, b) => a.call.start! - b.call.start!);
  return unit;
}

/**
 * The unit's body seen from a helper in another module that receives the SSR instance (`passes` is
 * 'instance') or one of its categories as parameter `param`: its calls on that parameter.
 */
export function analyzeHelperBody(ctx: FileMigration, fn: FunctionNode, param: t.Identifier, passes: string): UnitBody {
  const unit: UnitBody = { fn, deleteStmts: [], deleteDeclarators: [], ops: [], todos: [] };
  const { classifyInstance, classifyCategory } = unitWalker(ctx, unit, undefined);
  for (const ref of referencesOf(ctx.tree, param, fn)) {
    if (passes === 'instance') classifyInstance(ref);
    else classifyCategory(ref, passes);
  }
  unit.ops.sort((a, b) => a.call.start! - b.call.start!);
  return unit;
}

/** Follows the SSR instance and its categories through one function; `call` is the withSSRContext call, if any. */
function unitWalker(ctx: FileMigration, unit: UnitBody, call: t.CallExpression | undefined) {
  const tree = ctx.tree;
  const blocked = (code: Todo['code'], reason: string, node: t.Node): void => {
    unit.todos.push({ code, reason, node: tree.statementOf(node) });
  };

  const deleteDeclaration = (declarator: t.VariableDeclarator): void => {
    const decl = tree.parent(declarator) as t.VariableDeclaration;
    if (decl.declarations.length === 1) {
      unit.deleteStmts.push(tree.statementOf(decl));
    } else {
      unit.deleteDeclarators.push(declarator);
    }
  };

  const visitCategoryBinding = (id: t.Identifier, category: string): void => {
    const refs = referencesOf(tree, id, unit.fn);
    if (category === 'DataStore' && refs.length === 0) {
      blocked('datastore-server', 'DataStore is taken from the SSR instance; DataStore has no server API in v6', id);
    }
    for (const ref of refs) classifyCategory(ref, category);
  };

  const visitPattern = (pattern: t.ObjectPattern): boolean => {
    for (const prop of pattern.properties) {
      if (prop.type === 'RestElement') {
        blocked('ssr-context-escapes', 'the SSR instance is spread into another object', prop);
        return false;
      }
      const key = propertyKeyName(prop);
      const value = prop.value.type === 'AssignmentPattern' ? prop.value.left : prop.value;
      if (!key) {
        blocked('dynamic-category-access', 'a category is picked from the SSR instance with a computed key', prop);
        return false;
      }
      if (value.type !== 'Identifier') {
        blocked('ssr-context-escapes', `methods are destructured from ${key} and lose their instance`, prop);
        return false;
      }
      if (key === 'configure') {
        blocked('per-instance-configure', 'configure is taken from the SSR instance', prop);
        return false;
      }
      visitCategoryBinding(value, key);
    }
    return true;
  };

  /** `expr` evaluates to the SSR instance. */
  const classifyInstance = (expr: t.Node): void => {
    const member = memberParent(tree, expr);
    if (member) {
      const name = memberName(member);
      if (name === undefined) {
        blocked('dynamic-category-access', 'a category of the SSR instance is chosen at runtime', member);
        return;
      }
      if (name === 'configure' && callParent(tree, member)) {
        blocked(
          'per-instance-configure',
          'the SSR instance is configured per request; v6 takes the config once in createServerRunner (if this passes the app config, delete the line)',
          member,
        );
        return;
      }
      classifyCategory(member, name);
      return;
    }
    const out = wrapped(tree, expr);
    const p = tree.parent(out);
    if (p?.type === 'VariableDeclarator' && p.init === out && p.id.type === 'ObjectPattern' && expr !== call) {
      if (visitPattern(p.id)) deleteDeclaration(p);
      return;
    }
    if (helperArgument(ctx, unit, expr, 'instance')) return;
    blocked('ssr-context-escapes', escapeReason(p, 'the SSR instance'), expr);
  };

  /** `expr` evaluates to a category object (`SSR.Auth`, or a binding of it). */
  const classifyCategory = (expr: t.Node, category: string): void => {
    const member = memberParent(tree, expr);
    if (member) {
      const method = memberName(member);
      if (method === undefined) {
        blocked('dynamic-category-access', `a method of ${category} is chosen at runtime`, member);
        return;
      }
      const c = callParent(tree, member);
      if (!c) {
        blocked('ssr-context-escapes', `${category}.${method} is passed around without being called`, member);
        return;
      }
      if (method === 'configure') {
        blocked(
          'per-instance-configure',
          `${category}.configure on the SSR instance has no v6 equivalent; config is given once to createServerRunner (if this passes the app config, delete the line)`,
          c,
        );
        return;
      }
      unit.ops.push({ call: c, category, method, stmt: tree.statementOf(c) });
      return;
    }
    const out = wrapped(tree, expr);
    const p = tree.parent(out);
    if (p?.type === 'VariableDeclarator' && p.init === out) {
      if (p.id.type === 'Identifier') {
        deleteDeclaration(p);
        visitCategoryBinding(p.id, category);
        return;
      }
      if (p.id.type === 'ObjectPattern') {
        blocked('ssr-context-escapes', `methods are destructured from ${category} and lose their instance`, p);
        return;
      }
    }
    if (category === 'DataStore') {
      blocked('datastore-server', 'DataStore from the SSR instance is used; DataStore has no server API in v6', expr);
      return;
    }
    if (helperArgument(ctx, unit, expr, category)) return;
    blocked('ssr-context-escapes', escapeReason(p, `${category} from the SSR instance`), expr);
  };

  return { deleteDeclaration, visitPattern, classifyInstance, classifyCategory };
}

function isExported(ctx: FileMigration, declarator: t.VariableDeclarator): boolean {
  const decl = ctx.tree.parent(declarator);
  return !!decl && ctx.tree.parent(decl)?.type === 'ExportNamedDeclaration';
}

function escapeReason(parent: t.Node | undefined, what: string): string {
  switch (parent?.type) {
    case 'ReturnStatement':
    case 'ArrowFunctionExpression':
      return `${what} is returned; v6 context must not leave runWithAmplifyServerContext`;
    case 'CallExpression':
    case 'NewExpression':
    case 'OptionalCallExpression':
      return `${what} is passed to another function; v6 context must not leave runWithAmplifyServerContext`;
    case 'SpreadElement':
      return `${what} is spread into another object`;
    case 'AssignmentExpression':
    case 'ObjectProperty':
    case 'ClassProperty':
      return `${what} is stored for later use; v6 context must not leave runWithAmplifyServerContext`;
    default:
      return `${what} is used in a way that cannot be rewritten safely`;
  }
}

export function isCallOf(node: t.Node | undefined, name: string): node is t.CallExpression {
  return !!node && isCall(node) && node.callee.type === 'Identifier' && node.callee.name === name;
}
