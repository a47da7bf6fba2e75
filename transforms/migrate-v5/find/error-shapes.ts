import type * as t from '@babel/types';
import { callParent, isFunction, isMember, memberName, memberParent, unwrap, wrapped } from '../../../src/ast/tree.js';
import type { FileMigration, Todo } from './file-migration.js';
import type { Op } from './find-units.js';
import { REST_URL } from '../output/review.js';
import { referencesOf } from './scope.js';

/** v5 Auth rejected with plain strings and Cognito error codes that v6 no longer uses. */
const V5_AUTH_ERRORS =
  /^(The user is not authenticated|No current user|not authenticated|No userPool|User is disabled\.?|Refresh Token has expired|NotAuthorizedException|UserNotFoundException|UserNotConfirmedException|PasswordResetRequiredException)$/i;

/** The catch handlers that receive the op's rejection: `try { … op … } catch (e)` and `op.catch((e) => …)`. */
export function errorHandlers(ctx: FileMigration, op: Op, fn: t.Node | undefined): { param: t.Identifier; body: t.Node }[] {
  const tree = ctx.tree;
  const out: { param: t.Identifier; body: t.Node }[] = [];
  let child: t.Node = op.call;
  for (const a of tree.ancestors(op.call)) {
    if (a === fn || isFunction(a)) break;
    if (a.type === 'TryStatement' && a.block === child && a.handler?.param?.type === 'Identifier') {
      out.push({ param: a.handler.param, body: a.handler.body });
    }
    child = a;
  }
  let value: t.Node = wrapped(tree, op.call);
  for (;;) {
    const m = memberParent(tree, value);
    if (!m) break;
    const c = callParent(tree, m);
    if (!c) break;
    const name = memberName(m);
    const handler = name === 'catch' ? c.arguments[0] : name === 'then' ? c.arguments[1] : undefined;
    if (handler && isFunction(handler) && handler.params[0]?.type === 'Identifier') {
      out.push({ param: handler.params[0], body: handler.body });
    }
    if (name !== 'then' && name !== 'catch' && name !== 'finally') break;
    value = wrapped(tree, c);
  }
  return out;
}

/** Table B/I `error-shape`: catch code that compares the v5 error string or Cognito code. */
export function authErrorShapeTodos(ctx: FileMigration, op: Op, fn: t.Node | undefined): Todo[] {
  const tree = ctx.tree;
  const todos: Todo[] = [];
  for (const { param, body } of errorHandlers(ctx, op, fn)) {
    for (const ref of referencesOf(tree, param, body)) {
      let subject: t.Node = wrapped(tree, ref);
      const m = memberParent(tree, ref);
      if (m && ['code', 'message', 'name'].includes(memberName(m) ?? '')) subject = wrapped(tree, m);
      const parent = tree.parent(subject);
      let other: t.Node | undefined;
      if (parent?.type === 'BinaryExpression' && /^[!=]==?$/.test(parent.operator)) {
        other = parent.left === subject ? parent.right : parent.left;
      } else if (parent?.type === 'SwitchStatement' && parent.discriminant === subject) {
        const hit = parent.cases.find((c) => c.test && isV5ErrorLiteral(c.test));
        if (hit) other = hit.test!;
      } else if (isMember(parent) && parent.object === subject && memberName(parent) === 'includes') {
        other = callParent(tree, parent)?.arguments[0];
      }
      if (other && isV5ErrorLiteral(other)) {
        todos.push({
          code: 'error-shape',
          reason: 'v5 rejected with a string or Cognito code; v6 throws AuthError (e.g. name UserUnAuthenticatedException)',
          node: tree.statementOf(parent!),
        });
      }
    }
  }
  return dedupe(todos);
}

function isV5ErrorLiteral(node: t.Node): boolean {
  const n = unwrap(node);
  return n.type === 'StringLiteral' && V5_AUTH_ERRORS.test(n.value);
}

/** Table E `error-shape` for REST: axios errors (`e.response.status`, `e.response.data`). */
export function restErrorShapeTodos(ctx: FileMigration, op: Op, fn: t.Node | undefined): Todo[] {
  const tree = ctx.tree;
  const todos: Todo[] = [];
  for (const { param, body } of errorHandlers(ctx, op, fn)) {
    for (const ref of referencesOf(tree, param, body)) {
      const m = memberParent(tree, ref);
      if (!m || memberName(m) !== 'response') continue;
      const m2 = memberParent(tree, m);
      const field = m2 && memberName(m2);
      if (field && ['status', 'data', 'statusText', 'headers'].includes(field)) {
        todos.push({
          code: 'error-shape',
          reason: `REST errors are ApiError in v6: e.response.${field} becomes e.response?.${field === 'status' ? 'statusCode' : field === 'data' ? 'body' : field}`,
          node: tree.statementOf(m2!),
          url: REST_URL,
        });
      }
    }
  }
  return dedupe(todos);
}

function dedupe(todos: Todo[]): Todo[] {
  const seen = new Set<t.Node>();
  return todos.filter((t) => (seen.has(t.node) ? false : (seen.add(t.node), true)));
}
