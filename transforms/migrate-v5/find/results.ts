import type * as t from '@babel/types';
import { callParent, isFunction, isMember, memberName, memberParent, type Tree, unwrap, wrapped } from '../../../src/ast/tree.js';
import type { Op } from './find-units.js';
import { referencesOf, resolveBinding } from './scope.js';

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
  /** `const [x, y] = await Promise.all([op, …])`: the op's result lands in `x` */
  | { kind: 'element'; id: t.Identifier; value: t.Node }
  /** `return await op` in a function of this file that is only called here: the value is each call's */
  | { kind: 'returned'; calls: t.Node[]; value: t.Node }
  /** `await op;` — result ignored */
  | { kind: 'ignored'; value: t.Node }
  /** returned, passed, put in props, ... */
  | { kind: 'escape'; value: t.Node };

/**
 * The expression that carries the op's result: the op itself, through `await`, casts and a trailing
 * `.catch(() => fallback)`.
 */
export function resultExpression(tree: Tree, op: Op): { value: t.Node; awaited: boolean; caught: boolean } {
  return valueExpression(tree, op.call);
}

function valueExpression(tree: Tree, call: t.Node): { value: t.Node; awaited: boolean; caught: boolean } {
  let value: t.Node = wrapped(tree, call);
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
  return useOf(tree, op.call);
}

function useOf(tree: Tree, call: t.Node): ResultUse {
  const { value, awaited } = valueExpression(tree, call);
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
  const element = promiseAllElement(tree, value);
  if (element) return { kind: 'element', id: element, value };
  const calls = callersOfReturn(tree, value);
  if (calls) return { kind: 'returned', calls, value };
  if (parent?.type === 'ExpressionStatement') return { kind: 'ignored', value };
  return { kind: 'escape', value };
}

/**
 * Nodes that read the result: for a declaration `const x = …`, every reference of `x`; for an assignment
 * `x = …`, every reference of the variable that is not itself assigned; for a chain, the value node itself;
 * for `.then(x => …)`, references of `x` in the callback. Reads that only copy the value into another local
 * (`const u = user`, `u = user`) are replaced by that local's reads. `undefined`: the reads cannot all be
 * seen (the variable is also assigned another value, the copy is not a plain local).
 */
export function resultReads(tree: Tree, use: ResultUse, scope: t.Node | undefined, depth = 0): t.Node[] | undefined {
  let direct: t.Node[] | undefined;
  switch (use.kind) {
    case 'decl':
      if (use.id.type !== 'Identifier') return undefined;
      direct = referencesOf(tree, use.id, scope ?? tree.program);
      break;
    case 'assign':
      direct = variableReads(tree, use.target, use.value);
      break;
    case 'chain':
      return [use.value];
    case 'then':
      if (!use.param || use.param.type !== 'Identifier' || !use.callback) return use.param ? undefined : [];
      direct = referencesOf(tree, use.param, use.callback);
      break;
    case 'element':
      direct = referencesOf(tree, use.id);
      break;
    case 'returned': {
      // A function returning its own call (recursion) is not followed forever.
      if (depth > 4) return undefined;
      const reads: t.Node[] = [];
      for (const call of use.calls) {
        const callerUse = useOf(tree, call);
        const found = resultReads(tree, callerUse, undefined, depth + 1);
        if (!found) return undefined;
        reads.push(...found);
      }
      return reads;
    }
    case 'ignored':
      return [];
    case 'escape':
      return undefined;
  }
  return direct && followCopies(tree, direct, new Set());
}

/**
 * `return value` (or an arrow's expression body) in a function that is not exported and whose every
 * reference calls it: those calls, where the value goes on.
 */
function callersOfReturn(tree: Tree, value: t.Node): t.Node[] | undefined {
  const parent = tree.parent(value);
  const fn =
    parent?.type === 'ReturnStatement'
      ? tree.enclosingFunction(parent)
      : parent?.type === 'ArrowFunctionExpression' && parent.body === value
        ? parent
        : undefined;
  if (!fn) return undefined;
  let id: t.Identifier | undefined;
  if (fn.type === 'FunctionDeclaration' && fn.id) id = fn.id;
  else {
    const declarator = tree.parent(fn);
    if (declarator?.type === 'VariableDeclarator' && declarator.init === fn && declarator.id.type === 'Identifier') id = declarator.id;
  }
  if (!id) return undefined;
  const holder = tree.parent(id.type === 'Identifier' && fn.type === 'FunctionDeclaration' ? fn : tree.parent(tree.parent(fn)!)!);
  if (holder?.type === 'ExportNamedDeclaration' || holder?.type === 'ExportDefaultDeclaration') return undefined;
  const refs = referencesOf(tree, id);
  if (refs.length === 0) return undefined;
  const calls: t.Node[] = [];
  for (const ref of refs) {
    const call = callParent(tree, ref);
    if (!call || wrapped(tree, ref) !== call.callee) return undefined;
    calls.push(call);
  }
  return calls;
}

/** `const [a, b] = await Promise.all([value, …])`: the identifier `value` lands in. */
function promiseAllElement(tree: Tree, value: t.Node): t.Identifier | undefined {
  const array = tree.parent(value);
  if (array?.type !== 'ArrayExpression') return undefined;
  const index = array.elements.indexOf(value as t.Expression);
  const holder = tree.parent(wrapped(tree, array));
  if (holder?.type !== 'CallExpression' || holder.arguments[0] !== wrapped(tree, array)) return undefined;
  const callee = holder.callee;
  if (!isMember(callee) || callee.object.type !== 'Identifier' || callee.object.name !== 'Promise' || memberName(callee) !== 'all')
    return undefined;
  let result: t.Node = wrapped(tree, holder);
  const awaited = tree.parent(result);
  if (awaited?.type !== 'AwaitExpression') return undefined;
  result = wrapped(tree, awaited);
  const declarator = tree.parent(result);
  if (declarator?.type !== 'VariableDeclarator' || declarator.init !== result || declarator.id.type !== 'ArrayPattern') return undefined;
  const target = declarator.id.elements[index];
  return target?.type === 'Identifier' ? target : undefined;
}

/** Reads of the variable `target` refers to, when every other value it is given is a literal (`null`, `undefined`). */
function variableReads(tree: Tree, target: t.Identifier, value: t.Node): t.Node[] | undefined {
  const binding = resolveBinding(tree, target);
  if (!binding) return undefined;
  const declarator = tree.parent(binding);
  if (declarator?.type === 'VariableDeclarator' && declarator.id === binding && declarator.init && !isEmptyValue(declarator.init)) {
    return undefined;
  }
  const reads: t.Node[] = [];
  for (const ref of referencesOf(tree, binding)) {
    const parent = tree.parent(ref);
    if (parent?.type === 'AssignmentExpression' && parent.left === ref) {
      if (parent.operator !== '=' || (parent.right !== value && !isEmptyValue(parent.right))) return undefined;
      continue;
    }
    if (parent?.type === 'UpdateExpression') return undefined;
    reads.push(ref);
  }
  return reads;
}

function isEmptyValue(node: t.Node): boolean {
  const n = unwrap(node);
  return n.type === 'NullLiteral' || (n.type === 'Identifier' && n.name === 'undefined');
}

/** `const u = user` / `u = user`: the value flows on into `u`, whose reads replace the copy. */
function followCopies(tree: Tree, reads: t.Node[], seen: Set<t.Node>): t.Node[] | undefined {
  const out: t.Node[] = [];
  for (const read of reads) {
    const outer = wrapped(tree, read);
    const parent = tree.parent(outer);
    let next: t.Node[] | undefined;
    if (parent?.type === 'VariableDeclarator' && parent.init === outer && parent.id.type === 'Identifier') {
      if (seen.has(parent.id)) continue;
      seen.add(parent.id);
      next = referencesOf(tree, parent.id);
    } else if (parent?.type === 'AssignmentExpression' && parent.right === outer && parent.left.type === 'Identifier') {
      if (seen.has(parent)) continue;
      seen.add(parent);
      next = variableReads(tree, parent.left, outer);
      if (!next) return undefined;
    } else {
      out.push(read);
      continue;
    }
    const followed = followCopies(tree, next, seen);
    if (!followed) return undefined;
    out.push(...followed);
  }
  return out;
}

/** `const { a } = read` / `({ a } = read)`: the pattern the whole value is destructured into. */
export function destructuringOf(tree: Tree, read: t.Node): t.ObjectPattern | undefined {
  const outer = wrapped(tree, read);
  const parent = tree.parent(outer);
  if (parent?.type === 'VariableDeclarator' && parent.init === outer && parent.id.type === 'ObjectPattern') return parent.id;
  if (parent?.type === 'AssignmentExpression' && parent.right === outer && parent.left.type === 'ObjectPattern') return parent.left;
  return undefined;
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
