import type * as t from '@babel/types';
import { type FunctionNode, isMember, memberName, unwrap } from '../../../src/ast/tree.js';
import type { ServerContextSource } from './server-context-types.js';
import type { FileMigration } from './file-migration.js';
import type { Unit } from './find-units.js';

/** A9: middleware gets `const response = NextResponse.next()` and returns that response. */
export function middlewareServerContext(
  ctx: FileMigration,
  unit: Unit,
  fn: FunctionNode,
  requestName: string,
  infos: ServerContextSource['infos'],
): ServerContextSource {
  const tree = ctx.tree;
  const nextResponse = ctx.existingImport('next/server', 'NextResponse') ?? 'NextResponse';
  const existing = plannedResponses.get(fn);
  const responseName = existing ?? (fnBinds(ctx, fn, 'response') ? ctx.uniqueName('amplifyResponse') : 'response');
  plannedResponses.set(fn, responseName);
  const text =
    requestName === 'request' && responseName === 'response'
      ? '{ request, response }'
      : `{ request: ${requestName}, response: ${responseName === 'response' ? 'response' : responseName} }`;
  // The statement at the function-body level that contains the withSSRContext call.
  let anchor: t.Node = unit.call;
  for (const a of tree.ancestors(unit.call)) {
    if (a === fn.body) break;
    anchor = a;
  }
  const preText = `const ${responseName} = ${nextResponse}.next()${ctx.semi}`;
  return {
    text: text.replace('response: response }', 'response }'),
    infos,
    preStatement: existing ? undefined : { anchor: anchor as t.Statement, text: preText },
    apply: () => {
      if (!ctx.existingImport('next/server', 'NextResponse')) ctx.need('next/server', 'NextResponse');
      if (existing) return;
      // v5 `return NextResponse.next()` on the success path → return the response that carries the cookies.
      for (const node of tree.descendants(fn)) {
        if (node.type !== 'ReturnStatement' || !node.argument) continue;
        if (tree.enclosingFunction(node) !== fn) continue;
        // Only the returns after `const response = NextResponse.next()` can use it.
        if (node.start! < anchor.start!) continue;
        // `return NextResponse.next()`, also as a branch of `cond ? … : …` / `a || …`.
        const branches: t.Node[] = [node.argument];
        while (branches.length) {
          const arg = unwrap(branches.pop()!);
          if (arg.type === 'ConditionalExpression') branches.push(arg.consequent, arg.alternate);
          else if (arg.type === 'LogicalExpression') branches.push(arg.left, arg.right);
          else if (
            arg.type === 'CallExpression' &&
            arg.arguments.length === 0 &&
            isMember(arg.callee) &&
            memberName(arg.callee) === 'next' &&
            arg.callee.object.type === 'Identifier' &&
            arg.callee.object.name === nextResponse
          ) {
            ctx.replace(arg, responseName);
          }
        }
      }
    },
  };
}

const plannedResponses = new WeakMap<t.Node, string>();

function fnBinds(ctx: FileMigration, fn: FunctionNode, name: string): boolean {
  return ctx.tree.descendants(fn).some((n) => n.type === 'Identifier' && n.name === name);
}
