import type * as t from '@babel/types';
import type { HelperSite } from '../find/cross-file.js';
import type { FileMigration } from '../find/file-migration.js';
import type { UnitBody } from '../find/find-units.js';
import { inRegion, type OpConversion } from '../categories/op-conversion.js';
import { CONTEXT_PARAM, inlineCall, isDeclarationExpansion, rewriteInRegion } from './rewrite.js';
import { removeListItem, removeStatement } from './text-edits.js';

/**
 * A helper that received the v5 SSR instance (or a category) now receives the context of its callers'
 * operation: each call becomes its v6 call with that context, as inside an operation, and the parameter
 * becomes `contextSpec: AmplifyServer.ContextSpec`.
 */
export function rewriteHelper(ctx: FileMigration, site: HelperSite, unit: UnitBody, plans: OpConversion[]): void {
  const cs = site.param.name === CONTEXT_PARAM || !ctx.declares(CONTEXT_PARAM) ? CONTEXT_PARAM : site.param.name;
  for (const p of plans) if (isDeclarationExpansion(ctx, p)) inRegion.add(p.op);
  for (const p of plans) p.apply?.();
  for (const stmt of unit.deleteStmts) removeStatement(ctx, stmt);
  for (const d of unit.deleteDeclarators) removeListItem(ctx, (ctx.tree.parent(d) as t.VariableDeclaration).declarations, d);
  // Innermost calls first, as in an operation.
  const ordered = [...plans].sort((a, b) => a.op.call.end! - a.op.call.start! - (b.op.call.end! - b.op.call.start!));
  for (const p of ordered) {
    if (p.inline) inlineCall(ctx, p);
    else rewriteInRegion(ctx, p, cs);
  }
  const type = ctx.isTs ? `: ${ctx.importName('aws-amplify/adapter-core', 'AmplifyServer', true)}.ContextSpec` : '';
  // `api => …` needs parentheses once the parameter is typed.
  const bare = site.fn.type === 'ArrowFunctionExpression' && !ctx.source.slice(site.fn.start!, site.param.start!).includes('(');
  ctx.replace(site.param, bare && type ? `(${cs}${type})` : `${cs}${type}`);
}
