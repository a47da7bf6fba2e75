import type * as t from '@babel/types';
import { callParent, isMember, memberName, memberParent, propertyKeyName, wrapped } from './ast.js';
import { authErrorShapeTodos } from './errors.js';
import type { FileContext, Todo } from './file-context.js';
import type { Op } from './find-units.js';
import type { OpPlan, PlanContext, PlanResult } from './plan.js';
import { todoAt } from './plan.js';
import { arr, arrow, block, call, concat, obj, prop, raw, type Doc } from './print.js';
import { isTruthinessTest, reliesOnThrow, resultReads, resultUse, type ResultUse } from './results.js';
import { referencesOf } from './scope.js';
import { removeStatement } from './text-edits.js';

const AUTH_SERVER = 'aws-amplify/auth/server';

const USER_METHODS = new Set(['currentAuthenticatedUser', 'currentUserPoolUser']);
const SESSION_METHODS = new Set(['currentSession', 'userSession']);
const CREDENTIAL_METHODS = new Set(['currentCredentials', 'currentUserCredentials', 'essentialCredentials']);

/** v5 client-only Auth methods and their v6 (client) replacements. */
const CLIENT_ONLY: Record<string, string> = {
  signOut: 'signOut from aws-amplify/auth on the client, or the /api/auth/sign-out route of createAuthRouteHandlers',
  signIn: 'signIn from aws-amplify/auth on the client',
  signUp: 'signUp from aws-amplify/auth on the client',
  confirmSignUp: 'confirmSignUp from aws-amplify/auth on the client',
  resendSignUp: 'resendSignUpCode from aws-amplify/auth on the client',
  forgotPassword: 'resetPassword from aws-amplify/auth on the client',
  forgotPasswordSubmit: 'confirmResetPassword from aws-amplify/auth on the client',
  changePassword: 'updatePassword from aws-amplify/auth on the client',
  updateUserAttributes: 'updateUserAttributes from aws-amplify/auth on the client',
  deleteUserAttributes: 'deleteUserAttributes from aws-amplify/auth on the client',
  verifyCurrentUserAttribute: 'sendUserAttributeVerificationCode from aws-amplify/auth on the client',
  verifyCurrentUserAttributeSubmit: 'confirmUserAttribute from aws-amplify/auth on the client',
  verifyUserAttribute: 'sendUserAttributeVerificationCode from aws-amplify/auth on the client',
  verifyUserAttributeSubmit: 'confirmUserAttribute from aws-amplify/auth on the client',
  federatedSignIn: 'signInWithRedirect from aws-amplify/auth on the client',
  setPreferredMFA: 'updateMFAPreference from aws-amplify/auth on the client',
  enableSMS: 'updateMFAPreference from aws-amplify/auth on the client',
  disableSMS: 'updateMFAPreference from aws-amplify/auth on the client',
  rememberDevice: 'rememberDevice from aws-amplify/auth on the client',
  forgetDevice: 'forgetDevice from aws-amplify/auth on the client',
  fetchDevices: 'fetchDevices from aws-amplify/auth on the client',
  deleteUser: 'deleteUser from aws-amplify/auth on the client',
  completeNewPassword: 'confirmSignIn from aws-amplify/auth on the client',
  sendCustomChallengeAnswer: 'confirmSignIn from aws-amplify/auth on the client',
  confirmSignIn: 'confirmSignIn from aws-amplify/auth on the client',
  setupTOTP: 'setUpTOTP from aws-amplify/auth on the client',
  verifyTotpToken: 'verifyTOTPSetup from aws-amplify/auth on the client',
  getPreferredMFA: 'fetchMFAPreference from aws-amplify/auth on the client',
  getMFAOptions: 'fetchMFAPreference from aws-amplify/auth on the client',
};

/** Members of a v5 CognitoUser that v6 does not have (Table C "none" rows). */
const USER_ONLY_MEMBERS = new Set([
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

interface TokenRead {
  node: t.Node;
  /** Text after the session expression: `.tokens?.idToken?.toString()`. */
  suffix: string;
}

export function planAuth(pc: PlanContext, op: Op): PlanResult {
  const { ctx, unit } = pc;
  const errorTodos = authErrorShapeTodos(ctx, op, unit.fn);
  let result: PlanResult;
  if (USER_METHODS.has(op.method)) result = planUser(pc, op);
  else if (SESSION_METHODS.has(op.method)) result = planSession(pc, op);
  else if (op.method === 'essentialCredentials' && op.call.arguments[0]) {
    // v5 essentialCredentials(creds) only picked fields of creds; v6 credentials are already that shape.
    const arg = op.call.arguments[0];
    result = { plan: { op, promise: () => raw(''), inline: () => raw(ctx.editedText(arg)), infos: [] } };
  } else if (CREDENTIAL_METHODS.has(op.method)) result = planCredentials(pc, op);
  else if (op.method === 'currentUserInfo') result = planUserInfo(pc, op);
  else if (op.method === 'userAttributes') {
    const use = resultUse(ctx.tree, op);
    if (use.kind === 'ignored') {
      const fetchUserAttributes = ctx.importName(AUTH_SERVER, 'fetchUserAttributes');
      result = { plan: { op, promise: (cs) => call(fetchUserAttributes, [raw(cs)]), dropsArgs: true, infos: [] } };
    } else {
      result = {
        todos: [
          todoAt(ctx, op.call, 'result-shape', 'userAttributes returned [{ Name, Value }]; v6 fetchUserAttributes returns an object { email: ... }'),
        ],
      };
    }
  } else if (op.method === 'verifiedContact') {
    result = {
      todos: [
        todoAt(ctx, op.call, 'result-shape', "verifiedContact has no v6 equivalent; read email_verified === 'true' from fetchUserAttributes"),
      ],
    };
  } else {
    const replacement = CLIENT_ONLY[op.method];
    result = {
      todos: [
        todoAt(
          ctx,
          op.call,
          'auth-client-only',
          replacement
            ? `Auth.${op.method} has no server API in v6; use ${replacement}`
            : `Auth.${op.method} has no server API in v6`,
        ),
      ],
    };
  }
  if (errorTodos.length) {
    const todos = 'todos' in result ? result.todos : [];
    return { todos: [...todos, ...errorTodos] };
  }
  return result;
}

/** Guard that makes fetchAuthSession throw like the v5 call did when nobody is signed in. */
function guarded(ctx: FileContext, fetchAuthSession: string, cs: string, message: string, name: string): Doc {
  return block(cs, [
    raw(`const ${name} = await ${fetchAuthSession}(${cs})${ctx.semi}`),
    raw(`if (!${name}.tokens) throw new Error(${ctx.quote(message)})${ctx.semi}`),
    raw(`return ${name}${ctx.semi}`),
  ]);
}

function sessionPlan(pc: PlanContext, op: Op, relies: boolean, message: string): Omit<OpPlan, 'infos'> {
  const { ctx } = pc;
  const fetchAuthSession = ctx.importName(AUTH_SERVER, 'fetchAuthSession');
  if (!relies) return { op, promise: (cs) => call(fetchAuthSession, [raw(cs)]) };
  return {
    op,
    promise: (cs) =>
      concat(
        call(fetchAuthSession, [raw(cs)]),
        '.then(',
        block('session', [raw(`if (!session.tokens) throw new Error(${ctx.quote(message)})${ctx.semi}`), raw(`return session${ctx.semi}`)], false),
        ')',
      ),
    operation: (cs) => guarded(ctx, fetchAuthSession, cs, message, 'session'),
    declarationStatements: (cs, kind, idText) => [
      raw(`${kind} ${idText} = await ${fetchAuthSession}(${cs})${ctx.semi}`),
      raw(`if (!${idText}.tokens) throw new Error(${ctx.quote(message)})${ctx.semi}`),
    ],
  };
}

/**
 * Parses a read of a v5 CognitoUserSession (`s.getIdToken().getJwtToken()`, `s.accessToken.payload`, ...)
 * starting at `node` (an expression that evaluates to the session).
 */
function sessionChain(ctx: FileContext, node: t.Node): TokenRead | { todo: string } | 'whole' {
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

/** Whole-object use of a v5 result that escapes (props, JSON, return). */
function escapesWhole(ctx: FileContext, read: t.Node): boolean {
  return !isTruthinessTest(ctx.tree, read);
}

function planUser(pc: PlanContext, op: Op): PlanResult {
  const { ctx, unit } = pc;
  const tree = ctx.tree;
  const use = resultUse(tree, op);
  const relies = reliesOnThrow(tree, op, unit.fn);
  const todos: Todo[] = [];
  const infos: OpPlan['infos'] = [];
  const edits: (() => void)[] = [];
  let needsAttributes = false;
  const tokenReads: TokenRead[] = [];
  const aliases: SessionAlias[] = [];
  let otherReads = 0;

  const readUser = (read: t.Node): void => {
    // Passed to another call of the same instance (`Auth.userSession(user)`): v6 drops that argument.
    if (unit.ops.some((o) => o.call.arguments.includes(wrapped(tree, read) as t.Expression))) return;
    const m = memberParent(tree, read);
    if (!m) {
      if (escapesWhole(ctx, read)) {
        infos.push({
          node: read,
          code: 'cognito-user-shape',
          reason: 'the whole user object is passed on; v6 getCurrentUser returns { username, userId, signInDetails } instead of a CognitoUser',
        });
      }
      otherReads++;
      return;
    }
    const name = memberName(m);
    const called = callParent(tree, m);
    if (name === 'username') {
      otherReads++;
    } else if (name === 'getUsername' && called) {
      otherReads++;
      edits.push(() => ctx.addSplice(m.property.start! - (m.computed ? 1 : 0), called.end!, 'username'));
    } else if (name === 'attributes') {
      otherReads++;
      const m2 = memberParent(tree, m);
      if (m2 && memberName(m2) === 'sub') {
        const sub = m2;
        edits.push(() => {
          if (!needsAttributes) ctx.addSplice(m.property.start! - (m.computed ? 1 : 0), sub.end!, 'userId');
        });
      } else {
        needsAttributes = true;
      }
    } else if (name === 'signInUserSession' || (name === 'getSignInUserSession' && called)) {
      const holder = name === 'signInUserSession' ? m : called!;
      const chain = sessionChain(ctx, holder);
      const alias = chain === 'whole' ? sessionAlias(ctx, holder) : undefined;
      if (alias) {
        // const session = user.getSignInUserSession(); session.getIdToken()...
        aliases.push(alias);
        for (const r of referencesOf(tree, alias.id, unit.fn)) {
          const c = sessionChain(ctx, r);
          if (c === 'whole') {
            if (escapesWhole(ctx, r)) todos.push(todoAt(ctx, r, 'cognito-user-shape', 'the whole v5 CognitoUserSession is used; v6 has fetchAuthSession().tokens'));
          } else if ('todo' in c) todos.push(todoAt(ctx, r, 'cognito-user-shape', c.todo));
          else tokenReads.push({ node: c.node, suffix: c.suffix });
        }
      } else if (chain === 'whole') todos.push(todoAt(ctx, m, 'cognito-user-shape', 'the whole v5 signInUserSession is used; v6 has fetchAuthSession().tokens'));
      else if ('todo' in chain) todos.push(todoAt(ctx, m, 'cognito-user-shape', chain.todo));
      else tokenReads.push({ node: chain.node, suffix: chain.suffix });
    } else if (name === 'authenticationFlowType') {
      otherReads++;
      infos.push({
        node: m,
        code: 'cognito-user-shape',
        reason: 'authenticationFlowType is signInDetails?.authFlowType in v6 and is usually undefined on the server',
      });
      edits.push(() => ctx.addSplice(m.property.start! - (m.computed ? 1 : 0), m.end!, 'signInDetails?.authFlowType'));
    } else if (name && USER_ONLY_MEMBERS.has(name)) {
      todos.push(todoAt(ctx, m, 'cognito-user-shape', `user.${name} is part of the v5 CognitoUser and has no v6 equivalent`));
    } else {
      todos.push(todoAt(ctx, m, 'cognito-user-shape', `user.${name ?? '[…]'} is not part of the v6 user ({ username, userId, signInDetails })`));
    }
  };

  if (use.kind === 'decl' && use.id.type === 'ObjectPattern') {
    for (const p of use.id.properties) {
      const key = p.type === 'ObjectProperty' ? propertyKeyName(p) : undefined;
      if (key === 'username') continue;
      if (key === 'attributes') {
        needsAttributes = true;
        continue;
      }
      todos.push(todoAt(ctx, p, 'cognito-user-shape', `${key ?? 'a rest element'} is destructured from the v5 CognitoUser`));
    }
  } else if (use.kind === 'escape') {
    infos.push({
      node: op.call,
      code: 'cognito-user-shape',
      reason: 'the whole user object is passed on; v6 getCurrentUser returns { username, userId, signInDetails } instead of a CognitoUser',
    });
  } else {
    const reads = resultReads(tree, use, unit.fn);
    if (!reads) {
      todos.push(todoAt(ctx, op.call, 'cognito-user-shape', 'the user result is consumed in a way whose reads cannot be followed'));
    } else {
      for (const r of reads) readUser(r);
    }
  }
  if (todos.length) return { todos };

  // Imports are taken when the code is written (a session-only rewrite never calls getCurrentUser).
  const gcu = (): string => ctx.importName(AUTH_SERVER, 'getCurrentUser');
  const fua = (): string => ctx.importName(AUTH_SERVER, 'fetchUserAttributes');
  const userAwaited = (cs: string): Doc =>
    needsAttributes
      ? obj([{ spread: raw(`(await ${gcu()}(${cs}))`) }, prop('attributes', `await ${fua()}(${cs})`)])
      : raw(`await ${gcu()}(${cs})`);
  const userPromise = (cs: string): Doc =>
    needsAttributes
      ? concat(
          call('Promise.all', [arr([call(gcu(), [raw(cs)]), call(fua(), [raw(cs)])])]),
          '.then(',
          arrow('[user, attributes]', obj([{ spread: raw('user') }, { shorthand: 'attributes' }])),
          ')',
        )
      : call(gcu(), [raw(cs)]);

  const apply = (): void => edits.forEach((e) => e());

  if (tokenReads.length === 0) {
    return {
      plan: {
        op,
        promise: userPromise,
        operation: needsAttributes ? (cs) => arrow(cs, userAwaited(cs), true) : undefined,
        awaited: needsAttributes ? userAwaited : undefined,
        apply,
        infos,
      },
    };
  }

  // Token reads (user.signInUserSession...): they need fetchAuthSession.
  if (use.kind === 'chain') {
    const chain = tokenReads[0];
    const base = sessionPlan(pc, op, relies, 'The user is not authenticated');
    const hoistName = ctx.uniqueName('session');
    return {
      plan: {
        ...base,
        chain: { node: chain.node, render: (value) => `${value}${chain.suffix}`, hoistName },
        infos,
      },
    };
  }
  if (otherReads === 0 && use.kind === 'decl' && use.id.type === 'Identifier') {
    // Only token reads: the user was fetched for its tokens → fetchAuthSession.
    const id = use.id;
    const declStmt = tree.statementOf(use.declarator);
    const movable = aliases.length === 1 && tree.statementList(aliases[0].stmt) === tree.statementList(declStmt);
    const name = movable ? aliases[0].id.name : /session/i.test(id.name) ? id.name : ctx.uniqueName('session');
    const base = sessionPlan(pc, op, relies, 'The user is not authenticated');
    return {
      plan: {
        ...base,
        apply: () => {
          apply();
          if (name !== id.name) {
            ctx.addSplice(id.start!, id.start! + id.name.length, name);
            for (const ref of referencesOf(tree, id, unit.fn)) {
              if (tokenReads.some((r) => tree.contains(r.node, ref))) continue;
              if (aliases.some((a) => tree.contains(a.stmt, ref))) continue;
              ctx.replace(ref, name);
            }
          }
          placeAliases(ctx, aliases, name, movable);
          for (const r of tokenReads) ctx.replace(r.node, `${name}${r.suffix}`);
        },
        infos,
      },
    };
  }
  if (use.kind === 'decl' && use.id.type === 'Identifier') {
    // Both user fields and tokens: `const { user, session } = await runWith…({ … ({ user, session }) })`.
    const id = use.id;
    const declStmt = tree.statementOf(use.declarator);
    const movable = aliases.length === 1 && tree.statementList(aliases[0].stmt) === tree.statementList(declStmt);
    const sessionName = movable ? aliases[0].id.name : ctx.uniqueName('session');
    const fetchAuthSession = ctx.importName(AUTH_SERVER, 'fetchAuthSession');
    const lhs = id.name === 'user' ? `{ user, ${sessionName} }` : `{ user: ${id.name}, ${sessionName} }`;
    const idEnd = id.typeAnnotation ? id.typeAnnotation.start! : id.end!;
    const both = (cs: string): Doc =>
      obj([prop('user', userAwaited(cs)), prop(sessionName, `await ${fetchAuthSession}(${cs})`)]);
    return {
      plan: {
        op,
        promise: (cs) =>
          concat(
            call('Promise.all', [arr([userPromise(cs), call(fetchAuthSession, [raw(cs)])])]),
            '.then(',
            arrow(`[user, ${sessionName}]`, obj([{ shorthand: 'user' }, { shorthand: sessionName }])),
            ')',
          ),
        operation: (cs) => arrow(cs, both(cs), true),
        awaited: both,
        declarationStatements: (cs, kind, idText) => {
          const userExpr = needsAttributes
            ? `{ ...(await ${gcu()}(${cs})), attributes: await ${fua()}(${cs}) }`
            : `await ${gcu()}(${cs})`;
          return [
            raw(`${kind} ${idText} = ${userExpr}${ctx.semi}`),
            raw(`${kind} ${sessionName} = await ${fetchAuthSession}(${cs})${ctx.semi}`),
          ];
        },
        extraBindings: [sessionName],
        apply: () => {
          apply();
          if (!inRegion.has(op)) ctx.addSplice(id.start!, idEnd, lhs);
          placeAliases(ctx, aliases, sessionName, movable);
          for (const r of tokenReads) ctx.replace(r.node, `${sessionName}${r.suffix}`);
        },
        infos,
      },
    };
  }
  return {
    todos: [
      todoAt(ctx, op.call, 'cognito-user-shape', 'token reads on the v5 user object in this form cannot be rewritten automatically'),
    ],
  };
}

interface SessionAlias {
  id: t.Identifier;
  stmt: t.Statement;
  init: t.Node;
}

/** `const session = user.getSignInUserSession()` (or `user.signInUserSession`): a local name for the v5 session. */
function sessionAlias(ctx: FileContext, holder: t.Node): SessionAlias | undefined {
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
function placeAliases(ctx: FileContext, aliases: SessionAlias[], sessionName: string, movable: boolean): void {
  for (const a of aliases) {
    if (movable) removeStatement(ctx, a.stmt);
    else ctx.replace(a.init, sessionName);
  }
}

/** Ops whose declaration is expanded inside a region (R2): their LHS is not rewritten in place. */
export const inRegion = new WeakSet<Op>();

function planSession(pc: PlanContext, op: Op): PlanResult {
  const { ctx, unit } = pc;
  const tree = ctx.tree;
  const use: ResultUse = resultUse(tree, op);
  const relies = reliesOnThrow(tree, op, unit.fn);
  const base = { ...sessionPlan(pc, op, relies, 'No current user'), dropsArgs: true };
  const infos: OpPlan['infos'] = [];
  if (use.kind === 'chain') {
    const chain = sessionChain(ctx, use.value);
    if (chain === 'whole' || 'todo' in chain) {
      return { todos: [todoAt(ctx, op.call, 'cognito-user-shape', chain === 'whole' ? 'session is used whole' : chain.todo)] };
    }
    const hoistName = ctx.uniqueName('session');
    return {
      plan: { ...base, chain: { node: chain.node, render: (value) => `${value}${chain.suffix}`, hoistName }, infos },
    };
  }
  if (use.kind === 'escape') {
    infos.push({ node: op.call, code: 'cognito-user-shape', reason: 'the whole session is passed on; v6 fetchAuthSession returns { tokens, credentials, identityId, userSub }' });
    return { plan: { ...base, infos } };
  }
  if (use.kind === 'decl' && use.id.type !== 'Identifier') {
    return { todos: [todoAt(ctx, use.declarator, 'cognito-user-shape', 'the v5 CognitoUserSession is destructured; v6 sessions have tokens.idToken / tokens.accessToken')] };
  }
  const reads = resultReads(tree, use, unit.fn);
  if (!reads) return { todos: [todoAt(ctx, op.call, 'cognito-user-shape', 'the session result is consumed in a way whose reads cannot be followed')] };
  const todos: Todo[] = [];
  const rewrites: TokenRead[] = [];
  for (const r of reads) {
    const chain = sessionChain(ctx, r);
    if (chain === 'whole') {
      if (escapesWhole(ctx, r)) {
        infos.push({ node: r, code: 'cognito-user-shape', reason: 'the whole session is passed on; v6 fetchAuthSession returns { tokens, credentials, identityId, userSub }' });
      }
    } else if ('todo' in chain) {
      todos.push(todoAt(ctx, r, 'cognito-user-shape', chain.todo));
    } else {
      rewrites.push(chain);
    }
  }
  if (todos.length) return { todos };
  const sessionName = (r: t.Node): string => ctx.text(wrapped(tree, r).type === 'Identifier' ? r : r);
  return {
    plan: {
      ...base,
      apply: () => {
        for (const r of rewrites) {
          const root = rootOf(r.node);
          ctx.replace(r.node, `${sessionName(root)}${r.suffix}`);
        }
      },
      infos,
    },
  };
}

/** The identifier at the root of a member/call chain. */
function rootOf(node: t.Node): t.Node {
  let n: t.Node = node;
  for (;;) {
    if (isMember(n)) n = n.object;
    else if (n.type === 'CallExpression' || n.type === 'OptionalCallExpression') n = n.callee;
    else if (n.type === 'TSNonNullExpression' || n.type === 'TSAsExpression') n = n.expression;
    else return n;
  }
}

function planCredentials(pc: PlanContext, op: Op): PlanResult {
  const { ctx, unit } = pc;
  const tree = ctx.tree;
  const fetchAuthSession = ctx.importName(AUTH_SERVER, 'fetchAuthSession');
  const use = resultUse(tree, op);
  const reads = resultReads(tree, use, unit.fn) ?? [];
  const extended = reads.some((r) => {
    const m = memberParent(tree, r);
    const name = m && memberName(m);
    return name === 'identityId' || name === 'authenticated';
  });
  const infos: OpPlan['infos'] = [
    {
      node: op.call,
      code: 'credentials-undefined',
      reason: 'fetchAuthSession().credentials is undefined when there is no identity pool or guest access is off; v5 threw instead',
    },
  ];
  if (!extended) {
    return {
      plan: {
        op,
        promise: (cs) => concat(call(fetchAuthSession, [raw(cs)]), '.then(', arrow('{ credentials }', raw('credentials')), ')'),
        operation: (cs) => arrow(cs, raw(`(await ${fetchAuthSession}(${cs})).credentials`), true),
        awaited: (cs) => raw(`(await ${fetchAuthSession}(${cs})).credentials`),
        infos,
      },
    };
  }
  const shape = (s: string): Doc =>
    obj([{ spread: raw(`${s}.credentials`) }, prop('identityId', `${s}.identityId`), prop('authenticated', `!!${s}.tokens`)]);
  return {
    plan: {
      op,
      promise: (cs) => concat(call(fetchAuthSession, [raw(cs)]), '.then(', arrow('session', shape('session')), ')'),
      operation: (cs) =>
        block(cs, [
          raw(`const session = await ${fetchAuthSession}(${cs})${ctx.semi}`),
          concat('return ', shape('session'), ctx.semi),
        ]),
      infos,
    },
  };
}

function planUserInfo(pc: PlanContext, op: Op): PlanResult {
  const { ctx } = pc;
  const getCurrentUser = ctx.importName(AUTH_SERVER, 'getCurrentUser');
  const fetchUserAttributes = ctx.importName(AUTH_SERVER, 'fetchUserAttributes');
  const fetchAuthSession = ctx.importName(AUTH_SERVER, 'fetchAuthSession');
  const semi = ctx.semi;
  const indent = ctx.style.indent;
  return {
    plan: {
      op,
      // v5 currentUserInfo(): { id: identityId, username, attributes }, or null when signed out.
      promise: (cs) =>
        concat(
          call('Promise.all', [
            arr([call(getCurrentUser, [raw(cs)]), call(fetchUserAttributes, [raw(cs)]), call(fetchAuthSession, [raw(cs)])]),
          ]),
          '.then(',
          arrow('[{ username }, attributes, { identityId }]', obj([prop('id', 'identityId'), { shorthand: 'username' }, { shorthand: 'attributes' }])),
          ')',
          '.catch(() => null)',
        ),
      operation: (cs) =>
        block(cs, [
          raw(
            [
              'try {',
              `${indent}const { username } = await ${getCurrentUser}(${cs})${semi}`,
              `${indent}const attributes = await ${fetchUserAttributes}(${cs})${semi}`,
              `${indent}const { identityId } = await ${fetchAuthSession}(${cs})${semi}`,
              `${indent}return { id: identityId, username, attributes }${semi}`,
              '} catch {',
              `${indent}return null${semi}`,
              '}',
            ].join('\n'),
          ),
        ]),
      infos: [],
    },
  };
}

