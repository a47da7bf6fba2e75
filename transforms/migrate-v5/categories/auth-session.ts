import type * as t from '@babel/types';
import { wrapped } from '../../../src/ast/tree.js';
import { escapesWhole, rootOf, sessionChain, type TokenRead } from './auth-reads.js';
import type { FileMigration, Todo } from '../find/file-migration.js';
import type { Op } from '../find/find-units.js';
import { todoAt, type OpConversion, type ConversionSite, type ConversionResult } from './op-conversion.js';
import { block, call, concat, raw, type Doc } from '../output/print.js';
import { destructuringOf, reliesOnThrow, resultReads, resultUse, type ResultUse } from '../find/results.js';
import { replaceTokenRead } from './token-types.js';

export const AUTH_SERVER = 'aws-amplify/auth/server';

/** Guard that makes fetchAuthSession throw like the v5 call did when nobody is signed in. */
function guarded(ctx: FileMigration, fetchAuthSession: string, cs: string, message: string, name: string): Doc {
  return block(cs, [
    raw(`const ${name} = await ${fetchAuthSession}(${cs})${ctx.semi}`),
    raw(`if (!${name}.tokens) throw new Error(${ctx.quote(message)})${ctx.semi}`),
    raw(`return ${name}${ctx.semi}`),
  ]);
}

export function sessionConversion(pc: ConversionSite, op: Op, relies: boolean, message: string): Omit<OpConversion, 'infos'> {
  const { ctx } = pc;
  const fetchAuthSession = ctx.importName(AUTH_SERVER, 'fetchAuthSession');
  if (!relies) return { op, promise: (cs) => call(fetchAuthSession, [raw(cs)]) };
  return {
    op,
    promise: (cs) =>
      concat(
        call(fetchAuthSession, [raw(cs)]),
        '.then(',
        block(
          'session',
          [raw(`if (!session.tokens) throw new Error(${ctx.quote(message)})${ctx.semi}`), raw(`return session${ctx.semi}`)],
          false,
        ),
        ')',
      ),
    operation: (cs) => guarded(ctx, fetchAuthSession, cs, message, 'session'),
    declarationStatements: (cs, kind, idText) => [
      raw(`${kind} ${idText} = await ${fetchAuthSession}(${cs})${ctx.semi}`),
      raw(`if (!${idText}.tokens) throw new Error(${ctx.quote(message)})${ctx.semi}`),
    ],
  };
}

/** `currentSession()` / `userSession(user)` → `fetchAuthSession`, with the session reads rewritten (Table C). */
export function convertSession(pc: ConversionSite, op: Op): ConversionResult {
  const { ctx, unit } = pc;
  const tree = ctx.tree;
  const use: ResultUse = resultUse(tree, op);
  const relies = reliesOnThrow(tree, op, unit.fn);
  const base = { ...sessionConversion(pc, op, relies, 'No current user'), dropsArgs: true };
  const infos: OpConversion['infos'] = [];
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
    if (escapesWhole(ctx, use.value))
      infos.push({
        node: op.call,
        code: 'cognito-user-shape',
        reason: 'the whole session is passed on; v6 fetchAuthSession returns { tokens, credentials, identityId, userSub }',
      });
    return { plan: { ...base, infos } };
  }
  if (use.kind === 'decl' && use.id.type !== 'Identifier') {
    return {
      todos: [
        todoAt(
          ctx,
          use.declarator,
          'cognito-user-shape',
          'the v5 CognitoUserSession is destructured; v6 sessions have tokens.idToken / tokens.accessToken',
        ),
      ],
    };
  }
  const reads = resultReads(tree, use, unit.fn);
  if (!reads)
    return {
      todos: [todoAt(ctx, op.call, 'cognito-user-shape', 'the session result is consumed in a way whose reads cannot be followed')],
    };
  const todos: Todo[] = [];
  const rewrites: TokenRead[] = [];
  for (const r of reads) {
    const chain = sessionChain(ctx, r);
    if (chain === 'whole' && destructuringOf(tree, r)) {
      todos.push(
        todoAt(
          ctx,
          r,
          'cognito-user-shape',
          'the v5 CognitoUserSession is destructured; v6 sessions have tokens.idToken / tokens.accessToken',
        ),
      );
    } else if (chain === 'whole') {
      if (escapesWhole(ctx, r)) {
        infos.push({
          node: r,
          code: 'cognito-user-shape',
          reason: 'the whole session is passed on; v6 fetchAuthSession returns { tokens, credentials, identityId, userSub }',
        });
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
          replaceTokenRead(ctx, r.node, `${sessionName(root)}${r.suffix}`, 'No current user');
        }
      },
      infos,
    },
  };
}
