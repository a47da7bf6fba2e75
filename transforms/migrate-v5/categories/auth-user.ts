import type * as t from '@babel/types';
import { callParent, memberName, memberParent, wrapped } from '../../../src/ast/tree.js';
import { propertyKeyName } from '../../../src/ast/object-properties.js';
import {
  escapesWhole,
  placeAliases,
  sessionAlias,
  sessionChain,
  USER_ONLY_MEMBERS,
  type SessionAlias,
  type TokenRead,
} from './auth-reads.js';
import type { Todo } from '../find/file-migration.js';
import type { Op } from '../find/find-units.js';
import { inRegion, todoAt, type OpConversion, type ConversionSite, type ConversionResult } from './op-conversion.js';
import { arr, arrow, call, concat, obj, prop, raw, type Doc } from '../output/print.js';
import { destructuringOf, reliesOnThrow, resultReads, resultUse } from '../find/results.js';
import { referencesOf } from '../find/scope.js';
import { AUTH_SERVER, sessionConversion } from './auth-session.js';
import { replaceTokenRead } from './token-types.js';

/** What v5 currentAuthenticatedUser threw when nobody was signed in. */
const USER_MESSAGE = 'The user is not authenticated';

/**
 * `currentAuthenticatedUser()` / `currentUserPoolUser()` → `getCurrentUser` (+ `fetchUserAttributes` when
 * attributes are read, + `fetchAuthSession` when tokens are read), with the Table C reads rewritten.
 */
export function convertUser(pc: ConversionSite, op: Op): ConversionResult {
  const { ctx, unit } = pc;
  const tree = ctx.tree;
  const use = resultUse(tree, op);
  const relies = reliesOnThrow(tree, op, unit.fn);
  const todos: Todo[] = [];
  const infos: OpConversion['infos'] = [];
  const edits: (() => void)[] = [];
  let needsAttributes = false;
  const tokenReads: TokenRead[] = [];
  const aliases: SessionAlias[] = [];
  let otherReads = 0;

  const readUser = (read: t.Node): void => {
    // Passed to another call of the same instance (`Auth.userSession(user)`): v6 drops that argument.
    if (unit.ops.some((o) => o.call.arguments.includes(wrapped(tree, read) as t.Expression))) return;
    const m = memberParent(tree, read);
    const destructured = destructuringOf(tree, read);
    if (!m && destructured) {
      readPattern(destructured);
      otherReads++;
      return;
    }
    if (!m) {
      if (escapesWhole(ctx, read)) {
        infos.push({
          node: read,
          code: 'cognito-user-shape',
          reason:
            'the whole user object is passed on; v6 getCurrentUser returns { username, userId, signInDetails } instead of a CognitoUser',
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
            if (escapesWhole(ctx, r))
              todos.push(todoAt(ctx, r, 'cognito-user-shape', 'the whole v5 CognitoUserSession is used; v6 has fetchAuthSession().tokens'));
          } else if ('todo' in c) todos.push(todoAt(ctx, r, 'cognito-user-shape', c.todo));
          else tokenReads.push({ node: c.node, suffix: c.suffix });
        }
      } else if (chain === 'whole')
        todos.push(todoAt(ctx, m, 'cognito-user-shape', 'the whole v5 signInUserSession is used; v6 has fetchAuthSession().tokens'));
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
      todos.push(
        todoAt(ctx, m, 'cognito-user-shape', `user.${name ?? '[…]'} is not part of the v6 user ({ username, userId, signInDetails })`),
      );
    }
  };

  function readPattern(pattern: t.ObjectPattern): void {
    for (const p of pattern.properties) {
      const key = p.type === 'ObjectProperty' ? propertyKeyName(p) : undefined;
      if (key === 'username') continue;
      if (key === 'attributes') {
        needsAttributes = true;
        continue;
      }
      todos.push(todoAt(ctx, p, 'cognito-user-shape', `${key ?? 'a rest element'} is destructured from the v5 CognitoUser`));
    }
  }

  if (use.kind === 'decl' && use.id.type === 'ObjectPattern') {
    readPattern(use.id);
  } else if (use.kind === 'escape') {
    if (escapesWhole(ctx, use.value))
      infos.push({
        node: op.call,
        code: 'cognito-user-shape',
        reason:
          'the whole user object is passed on; v6 getCurrentUser returns { username, userId, signInDetails } instead of a CognitoUser',
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
  // v5 typed user.attributes as any and code read strings from it; v6 types each attribute string | undefined.
  const asV5 = ctx.isTs ? ' as Record<string, string>' : '';
  const attributes = (cs: string): string => (asV5 ? `(await ${fua()}(${cs}))${asV5}` : `await ${fua()}(${cs})`);
  const userAwaited = (cs: string): Doc =>
    needsAttributes ? obj([{ spread: raw(`(await ${gcu()}(${cs}))`) }, prop('attributes', attributes(cs))]) : raw(`await ${gcu()}(${cs})`);
  const userPromise = (cs: string): Doc =>
    needsAttributes
      ? concat(
          call('Promise.all', [arr([call(gcu(), [raw(cs)]), call(fua(), [raw(cs)])])]),
          '.then(',
          arrow(
            '[user, attributes]',
            obj([{ spread: raw('user') }, asV5 ? prop('attributes', `attributes${asV5}`) : { shorthand: 'attributes' }]),
          ),
          ')',
        )
      : call(gcu(), [raw(cs)]);

  const apply = (): void => edits.forEach((e) => e());
  const userValue = needsAttributes ? 'user-with-attributes' : 'user';

  if (tokenReads.length === 0) {
    return {
      plan: {
        op,
        promise: userPromise,
        operation: needsAttributes ? (cs) => arrow(cs, userAwaited(cs), true) : undefined,
        awaited: needsAttributes ? userAwaited : undefined,
        apply,
        infos,
        v6Value: userValue,
      },
    };
  }

  // Token reads (user.signInUserSession...): they need fetchAuthSession.
  if (use.kind === 'chain') {
    const chain = tokenReads[0];
    const base = sessionConversion(pc, op, relies, USER_MESSAGE);
    const hoistName = ctx.uniqueName('session');
    return {
      plan: {
        ...base,
        chain: { node: chain.node, render: (value) => `${value}${chain.suffix}`, hoistName },
        infos,
        v6Value: 'session',
      },
    };
  }
  if (otherReads === 0 && use.kind === 'decl' && use.id.type === 'Identifier') {
    // Only token reads: the user was fetched for its tokens → fetchAuthSession.
    const id = use.id;
    const declStmt = tree.statementOf(use.declarator);
    const movable = aliases.length === 1 && tree.statementList(aliases[0].stmt) === tree.statementList(declStmt);
    const name = movable ? aliases[0].id.name : /session/i.test(id.name) ? id.name : ctx.uniqueName('session');
    const base = sessionConversion(pc, op, relies, USER_MESSAGE);
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
          for (const r of tokenReads) replaceTokenRead(ctx, r.node, `${name}${r.suffix}`, USER_MESSAGE);
        },
        infos,
        v6Value: 'session',
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
    const both = (cs: string): Doc => obj([prop('user', userAwaited(cs)), prop(sessionName, `await ${fetchAuthSession}(${cs})`)]);
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
          const userExpr = needsAttributes ? `{ ...(await ${gcu()}(${cs})), attributes: ${attributes(cs)} }` : `await ${gcu()}(${cs})`;
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
          for (const r of tokenReads) replaceTokenRead(ctx, r.node, `${sessionName}${r.suffix}`, USER_MESSAGE);
        },
        infos,
        v6Value: userValue,
      },
    };
  }
  return {
    todos: [todoAt(ctx, op.call, 'cognito-user-shape', 'token reads on the v5 user object in this form cannot be rewritten automatically')],
  };
}
