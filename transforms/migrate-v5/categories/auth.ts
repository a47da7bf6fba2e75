import { memberName, memberParent } from '../../../src/ast/tree.js';
import { authErrorShapeTodos } from '../find/error-shapes.js';
import type { Op } from '../find/find-units.js';
import type { OpConversion, ConversionSite, ConversionResult } from './op-conversion.js';
import { todoAt } from './op-conversion.js';
import { arr, arrow, block, call, concat, obj, prop, raw, type Doc } from '../output/print.js';
import { resultReads, resultUse } from '../find/results.js';
import { AUTH_SERVER, convertSession } from './auth-session.js';
import { convertUser } from './auth-user.js';

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

export function convertAuth(pc: ConversionSite, op: Op): ConversionResult {
  const { ctx, unit } = pc;
  const errorTodos = authErrorShapeTodos(ctx, op, unit.fn);
  let result: ConversionResult;
  if (USER_METHODS.has(op.method)) result = convertUser(pc, op);
  else if (SESSION_METHODS.has(op.method)) {
    result = convertSession(pc, op);
    if ('plan' in result) result.plan.v6Value = 'session';
  } else if (op.method === 'essentialCredentials' && op.call.arguments[0]) {
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
          todoAt(
            ctx,
            op.call,
            'result-shape',
            'userAttributes returned [{ Name, Value }]; v6 fetchUserAttributes returns an object { email: ... }',
          ),
        ],
      };
    }
  } else if (op.method === 'verifiedContact') {
    result = {
      todos: [
        todoAt(
          ctx,
          op.call,
          'result-shape',
          "verifiedContact has no v6 equivalent; read email_verified === 'true' from fetchUserAttributes",
        ),
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
          replacement ? `Auth.${op.method} has no server API in v6; use ${replacement}` : `Auth.${op.method} has no server API in v6`,
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

function planCredentials(pc: ConversionSite, op: Op): ConversionResult {
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
  const infos: OpConversion['infos'] = [
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
        block(cs, [raw(`const session = await ${fetchAuthSession}(${cs})${ctx.semi}`), concat('return ', shape('session'), ctx.semi)]),
      infos,
    },
  };
}

function planUserInfo(pc: ConversionSite, op: Op): ConversionResult {
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
          arrow(
            '[{ username }, attributes, { identityId }]',
            obj([prop('id', 'identityId'), { shorthand: 'username' }, { shorthand: 'attributes' }]),
          ),
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
