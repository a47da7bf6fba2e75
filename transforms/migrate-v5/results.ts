import type * as t from '@babel/types';
import { callParent, isFunction, isMember, memberName, memberParent, unwrap, wrapped, type Tree } from './ast.js';
import type { Op } from './find-units.js';
import { referencesOf } from './scope.js';

/** How the value of a v5 call is consumed (decides which downstream reads must change). */
export type ResultUse =
  /** `const x = await op` / `const { a } = await op` */
  | { kind: 'decl'; declarator: t.VariableDeclarator; id: t.Node; value: t.Node }
  /** `x = await op` */
  | { kind: 'assign'; target: t.Identifier; value: t.Node }
  /** `(await op).a.b` */
  | { kind: 'chain'; value: t.Node }
  /** `op.then((x) => ...)` */
  | { kind: 'then'; param: t.Node | undefined; callback: t.Node | undefined; value: t.Node }
  /** `await op;` — result ignored */
  | { kind: 'ignored'; value: t.Node }
  /** returned, passed, put in props, ... */
  | { kind: 'escape'; value: t.Node };

/**
 * The expression that carries the op's result: the op itself, through `await`, casts and a trailing
 * `.catch(() => fallback)`.
 */
export function resultExpression(tree: Tree, op: Op): { value: t.Node; awaited: boolean; caught: boolean } {
  let value: t.Node = wrapped(tree, op.call);
  let awaited = false;
  let caught = false;
  for (;;) {
    const parent = tree.parent(value);
    if (!parent) break;
    if (parent.type === 'AwaitExpression') {
      awaited = true;
      value = wrapped(tree, parent);
      continue;
    }
    const member = isMember(parent) && parent.object === value ? parent : undefined;
    if (member && memberName(member) === 'catch' && callParent(tree, member) && !awaited) {
      caught = true;
      value = wrapped(tree, callParent(tree, member)!);
      continue;
    }
    break;
  }
  return { value, awaited, caught };
}

export function resultUse(tree: Tree, op: Op): ResultUse {
  const { value, awaited } = resultExpression(tree, op);
  const parent = tree.parent(value);
  if (!awaited) {
    const member = isMember(parent) && parent.object === value ? parent : undefined;
    if (member && memberName(member) === 'then') {
      const thenCall = callParent(tree, member);
      const callback = thenCall?.arguments[0];
      const param = callback && isFunction(callback) ? callback.params[0] : undefined;
      return { kind: 'then', param, callback, value };
    }
  }
  if (parent?.type === 'VariableDeclarator' && parent.init === value) {
    return { kind: 'decl', declarator: parent, id: parent.id, value };
  }
  if (parent?.type === 'AssignmentExpression' && parent.right === value && parent.left.type === 'Identifier') {
    return { kind: 'assign', target: parent.left, value };
  }
  if (isMember(parent) && parent.object === value) return { kind: 'chain', value };
  if (parent?.type === 'ExpressionStatement') return { kind: 'ignored', value };
  return { kind: 'escape', value };
}

/**
 * Nodes that read the result: for a declaration `const x = …`, every reference of `x`; for a chain, the
 * value node itself; for `.then(x => …)`, references of `x` in the callback.
 */
export function resultReads(tree: Tree, use: ResultUse, scope: t.Node | undefined): t.Node[] | undefined {
  switch (use.kind) {
    case 'decl':
      if (use.id.type !== 'Identifier') return undefined;
      return referencesOf(tree, use.id, scope ?? tree.program);
    case 'assign':
      return referencesOf(tree, use.target, scope ?? tree.program).filter((r) => r !== use.target);
    case 'chain':
      return [use.value];
    case 'then':
      if (!use.param || use.param.type !== 'Identifier' || !use.callback) return use.param ? undefined : [];
      return referencesOf(tree, use.param, use.callback);
    case 'ignored':
      return [];
    case 'escape':
      return undefined;
  }
}

/** Is the read only tested for truthiness (`if (!user)`, `user ? … : …`, `user && …`)? */
export function isTruthinessTest(tree: Tree, read: t.Node): boolean {
  const outer = wrapped(tree, read);
  const parent = tree.parent(outer);
  if (!parent) return false;
  if (parent.type === 'UnaryExpression' && parent.operator === '!') return true;
  if (parent.type === 'CallExpression' && parent.callee.type === 'Identifier' && parent.callee.name === 'Boolean') return true;
  if (parent.type === 'IfStatement' && parent.test === outer) return true;
  if (parent.type === 'ConditionalExpression' && parent.test === outer) return true;
  if (parent.type === 'LogicalExpression' && parent.left === outer) return true;
  if (parent.type === 'BinaryExpression' && /^[!=]==?$/.test(parent.operator)) {
    const other = parent.left === outer ? parent.right : parent.left;
    const o = unwrap(other);
    return o.type === 'NullLiteral' || (o.type === 'Identifier' && o.name === 'undefined');
  }
  return false;
}

/** Does v5 code rely on the op throwing (try/catch around it, or a `.catch`)? */
export function reliesOnThrow(tree: Tree, op: Op, fn: t.Node | undefined): boolean {
  const { caught } = resultExpression(tree, op);
  if (caught) return true;
  let child: t.Node = op.call;
  for (const a of tree.ancestors(op.call)) {
    if (a === fn) break;
    if (a.type === 'TryStatement' && a.block === child && a.handler) return true;
    if (isFunction(a)) {
      // A callback whose promise is caught: `.then(...).catch(...)` — keep simple: stop at functions.
      break;
    }
    child = a;
  }
  // op.then(...).catch(...)
  let value: t.Node = wrapped(tree, op.call);
  for (;;) {
    const m = memberParent(tree, value);
    if (!m) break;
    const c = callParent(tree, m);
    if (!c) break;
    const name = memberName(m);
    if (name === 'catch' || (name === 'then' && c.arguments.length > 1)) return true;
    if (name !== 'then' && name !== 'finally') break;
    value = c;
  }
  return false;
}

