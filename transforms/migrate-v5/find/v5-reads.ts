import type * as t from '@babel/types';
import { callParent, isFunction, isMember, type MemberLike, memberName, type Tree, wrapped } from '../../../src/ast/tree.js';
import { propertyKeyName } from '../../../src/ast/object-properties.js';
import { USER_ONLY_MEMBERS } from '../categories/auth-reads.js';
import type { FileMigration, Todo } from './file-migration.js';
import type { Splice } from '../../../src/ast/splices.js';
import { functionName } from './functions.js';
import type { OpConversion } from '../categories/op-conversion.js';
import { todoAt } from '../categories/op-conversion.js';
import { referencesOf, resolveBinding } from './scope.js';

/**
 * The last check before a unit is rewritten: no member that only the v5 auth objects have may stay on a
 * value that now comes from a v6 API. The value of each migrated Auth call is followed wherever this file
 * takes it (locals, assignments, destructuring, object properties, `Promise.all`, `.then`, returns into
 * a caller of the same file), and every v5-only member read there must be one the plan rewrites.
 */

/** What the v6 replacement of a v5 auth call returns. */
export type V6Value = 'user' | 'user-with-attributes' | 'session';

const V5_USER_MEMBERS = new Set([
  'attributes',
  'signInUserSession',
  'getSignInUserSession',
  'getUsername',
  'authenticationFlowType',
  ...USER_ONLY_MEMBERS,
]);

const V5_SESSION_MEMBERS = new Set([
  'getIdToken',
  'getAccessToken',
  'getRefreshToken',
  'idToken',
  'accessToken',
  'refreshToken',
  'isValid',
  'getClockDrift',
  'clockDrift',
  'payload',
  'jwtToken',
  'getJwtToken',
]);

function isV5Only(kind: V6Value, name: string): boolean {
  if (kind === 'session') return V5_SESSION_MEMBERS.has(name) || V5_USER_MEMBERS.has(name);
  if (kind === 'user-with-attributes' && name === 'attributes') return false;
  return V5_USER_MEMBERS.has(name) || V5_SESSION_MEMBERS.has(name);
}

/** A v5-only member read left on the v6 value of one of the unit's calls, as a TODO at the read. */
export function survivingV5Reads(ctx: FileMigration, plans: OpConversion[], planned: Splice[]): Todo[] {
  const todos: Todo[] = [];
  for (const plan of plans) {
    if (!plan.v6Value) continue;
    const kind = plan.v6Value;
    const covered = (node: t.Node): boolean =>
      (plan.chain !== undefined && ctx.tree.contains(plan.chain.node, node)) ||
      planned.some((s) => s.start < node.end! && s.end > node.start! && s.end > s.start);
    for (const read of memberReads(ctx.tree, plan.op.call)) {
      const name = 'name' in read ? read.name : memberName(read.member);
      if (!name || !isV5Only(kind, name)) continue;
      const node = 'name' in read ? read.node : read.member.property;
      if (covered(node)) continue;
      const v6 =
        kind === 'session'
          ? 'the v6 AuthSession (fetchAuthSession) has only tokens, credentials, identityId, userSub'
          : 'the v6 AuthUser (getCurrentUser) has only username, userId, signInDetails';
      todos.push(todoAt(ctx, node, 'cognito-user-shape', `${name} would stay a v5 read on a v6 value: ${v6}`));
    }
  }
  return todos;
}

type Read = { member: MemberLike } | { name: string; node: t.Node };

/** Every member read (or destructured key) on the value of `start`, as far as this file takes it. */
function memberReads(tree: Tree, start: t.Node): Read[] {
  const out: Read[] = [];
  const seen = new Set<string>();
  const visit = (node: t.Node, path: (string | number)[]): void => {
    const key = `${node.start}:${node.end}:${path.join('.')}`;
    if (seen.has(key)) return;
    seen.add(key);
    const outer = wrapped(tree, node);
    const parent = tree.parent(outer);
    if (!parent) return;
    switch (parent.type) {
      case 'AwaitExpression':
        return visit(parent, path);
      case 'LogicalExpression':
      case 'ConditionalExpression':
        if (parent.type === 'ConditionalExpression' && parent.test === outer) return;
        if (parent.type === 'LogicalExpression' && parent.operator === '&&' && parent.left === outer) return;
        return visit(parent, path);
      case 'VariableDeclarator':
        if (parent.init === outer) bindTo(parent.id, path);
        return;
      case 'AssignmentExpression':
        if (parent.right === outer) bindTo(parent.left, path);
        return;
      case 'ObjectProperty': {
        const key = propertyKeyName(parent);
        const object = tree.parent(parent);
        if (parent.value === outer && key !== undefined && object?.type === 'ObjectExpression') visit(object, [key, ...path]);
        return;
      }
      case 'ArrayExpression': {
        const index = parent.elements.indexOf(outer as t.Expression);
        const array = wrapped(tree, parent);
        const holder = tree.parent(array);
        // Promise.all([...]) resolves to an array with the same positions.
        visit(holder && isPromiseAll(holder, array) ? holder : parent, [index, ...path]);
        return;
      }
      case 'ReturnStatement':
        return returnedBy(tree.enclosingFunction(parent), path);
      case 'ArrowFunctionExpression':
        if (parent.body === outer) returnedBy(parent, path);
        return;
      default:
        break;
    }
    if (isMember(parent) && parent.object === outer) {
      const name = memberName(parent);
      const call = callParent(tree, parent);
      if (call && (name === 'then' || name === 'catch' || name === 'finally')) {
        if (name === 'then' && call.arguments[0] && isFunction(call.arguments[0])) {
          bindTo(call.arguments[0].params[0], path);
          return;
        }
        if (name !== 'then') visit(call, path);
        return;
      }
      if (path.length === 0) {
        out.push({ member: parent });
        return;
      }
      const index = parent.computed && parent.property.type === 'NumericLiteral' ? parent.property.value : name;
      if (index === path[0]) visit(parent, path.slice(1));
    }
  };
  const bindTo = (target: t.Node | null | undefined, path: (string | number)[]): void => {
    if (!target) return;
    if (target.type === 'AssignmentPattern') return bindTo(target.left, path);
    if (target.type === 'Identifier') {
      const binding = resolveBinding(tree, target) ?? target;
      for (const ref of referencesOf(tree, binding)) {
        const p = tree.parent(ref);
        if (p?.type === 'AssignmentExpression' && p.left === ref) continue;
        visit(ref, path);
      }
      return;
    }
    if (target.type === 'ObjectPattern') {
      for (const prop of target.properties) {
        if (prop.type !== 'ObjectProperty') continue;
        const key = propertyKeyName(prop);
        if (key === undefined) continue;
        if (path.length === 0) out.push({ name: key, node: prop.key });
        else if (key === path[0]) bindTo(prop.value, path.slice(1));
      }
      return;
    }
    if (target.type === 'ArrayPattern' && typeof path[0] === 'number') bindTo(target.elements[path[0]], path.slice(1));
  };
  const returnedBy = (fn: t.Node | undefined, path: (string | number)[]): void => {
    if (!fn || !isFunction(fn)) return;
    const name = functionName(tree, fn);
    const id =
      fn.type === 'FunctionDeclaration' && fn.id
        ? fn.id
        : (() => {
            const p = tree.parent(fn);
            return p?.type === 'VariableDeclarator' && p.id.type === 'Identifier' ? p.id : undefined;
          })();
    if (!name || !id) return;
    for (const ref of referencesOf(tree, id)) {
      const call = callParent(tree, ref);
      if (call) visit(call, path);
    }
  };
  visit(start, []);
  return out;
}

function isPromiseAll(holder: t.Node, array: t.Node): boolean {
  if (holder.type !== 'CallExpression' || holder.arguments[0] !== array) return false;
  const callee = holder.callee;
  return isMember(callee) && callee.object.type === 'Identifier' && callee.object.name === 'Promise' && memberName(callee) === 'all';
}
