import type * as t from '@babel/types';
import { callParent, isMember, memberName, memberParent, wrapped } from '../../../src/ast/tree.js';
import type { FileMigration } from '../find/file-migration.js';
import { isTruthinessTest } from '../find/results.js';
import { removeStatement } from '../output/text-edits.js';

/**
 * Table C: reads of v5 auth results (CognitoUser, CognitoUserSession) and their v6 spelling.
 */

/** Members of a v5 CognitoUser that v6 does not have (Table C "none" rows). */
export const USER_ONLY_MEMBERS = new Set([
  'pool',
  'client',
  'storage',
  'getSession',
  'challengeName',
  'challengeParam',
  'refreshSession',
  'Session',
  'keyPrefix',
  'userDataKey',
  'getUserAttributes',
  'getUserData',
  'getCachedDeviceKeyAndPassword',
  'preferredMFA',
  'deviceKey',
]);

export interface TokenRead {
  node: t.Node;
  /** Text after the session expression: `.tokens?.idToken?.toString()`. */
  suffix: string;
}

/**
 * Parses a read of a v5 CognitoUserSession (`s.getIdToken().getJwtToken()`, `s.accessToken.payload`, ...)
 * starting at `node` (an expression that evaluates to the session).
 */
export function sessionChain(ctx: FileMigration, node: t.Node): TokenRead | { todo: string } | 'whole' {
  const tree = ctx.tree;
  const m1 = memberParent(tree, node);
  if (!m1) return 'whole';
  const name1 = memberName(m1);
  let token: 'idToken' | 'accessToken' | undefined;
  let tokenNode: t.Node | undefined;
  if (name1 === 'idToken' || name1 === 'accessToken') {
    token = name1;
    tokenNode = m1;
  } else if ((name1 === 'getIdToken' || name1 === 'getAccessToken') && callParent(tree, m1)) {
    token = name1 === 'getIdToken' ? 'idToken' : 'accessToken';
    tokenNode = callParent(tree, m1);
  }
  if (!token || !tokenNode) {
    return { todo: `session.${name1 ?? '[…]'} has no v6 equivalent (v6 never exposes the refresh token or session validity)` };
  }
  const base = token === 'idToken' ? '.tokens?.idToken?' : '.tokens?.accessToken';
  const m2 = memberParent(tree, tokenNode);
  if (!m2) return { todo: `the whole v5 ${token} object is used; v6 tokens are JWT objects { payload, toString() }` };
  const name2 = memberName(m2);
  const called = callParent(tree, m2);
  if (name2 === 'jwtToken') return { node: m2, suffix: `${base}.toString()` };
  if (name2 === 'getJwtToken' && called) return { node: called, suffix: `${base}.toString()` };
  if (name2 === 'payload') return { node: m2, suffix: `${base}.payload` };
  if (name2 === 'decodePayload' && called) return { node: called, suffix: `${base}.payload` };
  if (name2 === 'getExpiration' && called) return { node: called, suffix: `${base}.payload.exp` };
  if (name2 === 'getIssuedAt' && called) return { node: called, suffix: `${base}.payload.iat` };
  return { todo: `${token}.${name2 ?? '[…]'} has no v6 equivalent` };
}

/**
 * Whole-object use of a v5 result whose meaning changes with the v6 shape (props, JSON, return); a truthiness
 * test or a log line (`console.log(user)`) reads the same either way.
 */
export function escapesWhole(ctx: FileMigration, read: t.Node): boolean {
  return !isTruthinessTest(ctx.tree, read) && !isLogged(ctx, read);
}

function isLogged(ctx: FileMigration, read: t.Node): boolean {
  const stmt = ctx.tree.statementOf(read);
  for (const a of ctx.tree.ancestors(read)) {
    if (a === stmt) break;
    if (a.type !== 'CallExpression' || !isMember(a.callee)) continue;
    const object = a.callee.object;
    if (object.type === 'Identifier' && object.name === 'console' && a.arguments.some((arg) => ctx.tree.contains(arg, read))) return true;
  }
  return false;
}

export interface SessionAlias {
  id: t.Identifier;
  stmt: t.Statement;
  init: t.Node;
}

/** `const session = user.getSignInUserSession()` (or `user.signInUserSession`): a local name for the v5 session. */
export function sessionAlias(ctx: FileMigration, holder: t.Node): SessionAlias | undefined {
  const tree = ctx.tree;
  const outer = wrapped(tree, holder);
  const declarator = tree.parent(outer);
  if (declarator?.type !== 'VariableDeclarator' || declarator.init !== outer || declarator.id.type !== 'Identifier') return undefined;
  const decl = tree.parent(declarator);
  if (decl?.type !== 'VariableDeclaration' || decl.declarations.length !== 1) return undefined;
  const stmt = tree.statementOf(decl);
  if (stmt !== decl || !tree.statementList(stmt)) return undefined;
  return { id: declarator.id, stmt, init: outer };
}

/** The alias statement goes (its name now holds the v6 session), or keeps its name bound to the session. */
export function placeAliases(ctx: FileMigration, aliases: SessionAlias[], sessionName: string, movable: boolean): void {
  for (const a of aliases) {
    if (movable) removeStatement(ctx, a.stmt);
    else ctx.replace(a.init, sessionName);
  }
}

/** The identifier at the root of a member/call chain. */
export function rootOf(node: t.Node): t.Node {
  let n: t.Node = node;
  for (;;) {
    if (isMember(n)) n = n.object;
    else if (n.type === 'CallExpression' || n.type === 'OptionalCallExpression') n = n.callee;
    else if (n.type === 'TSNonNullExpression' || n.type === 'TSAsExpression') n = n.expression;
    else return n;
  }
}
