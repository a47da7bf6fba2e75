import type * as t from '@babel/types';
import type { FileMigration, Todo } from '../find/file-migration.js';
import type { Op, UnitBody } from '../find/find-units.js';
import { arrow, concat, type Doc } from '../output/print.js';
import type { ReviewCode } from '../output/review.js';
import type { V6Value } from '../find/v5-reads.js';

/** How one v5 category call becomes v6 code. All builders take the name of the context parameter. */
export interface OpConversion {
  op: Op;
  /** A v6 expression for a Promise of the result, in the shape the surrounding v5 code expects. */
  promise(cs: string): Doc;
  /** The `operation` callback for a rewrite in place (R1). Default: `(cs) => promise`. */
  operation?(cs: string): Doc;
  /** Replaces `await op` inside a region operation (R2). Default: `await promise`. */
  awaited?(cs: string): Doc;
  /**
   * R2 only: when the op is `const x = await op`, statements that replace the whole declaration
   * (e.g. `const { body } = await get(...).response;` + `const data = await body.json();`).
   */
  declarationStatements?(cs: string, kind: string, idText: string): Doc[];
  /**
   * The op's result is read through a member chain (`(await op).getIdToken().getJwtToken()`): the node to
   * replace and its text given an expression for the awaited result. R1 hoists the runner into a const.
   */
  chain?: { node: t.Node; render(value: string): string; hoistName: string };
  /** Downstream edits (Table C/F reads, declaration patterns); run once when the unit migrates. */
  apply?(): void;
  /** No server call: the v5 call is replaced by this expression as is (e.g. `essentialCredentials(c)` → `c`). */
  inline?(): Doc;
  /** v6 drops the v5 arguments (`userSession(user)`): they create no dependency between calls. */
  dropsArgs?: boolean;
  /** Names a declaration expansion adds that later code reads (R2 returns them). */
  extraBindings?: string[];
  infos: { node: t.Node; code: ReviewCode; reason: string }[];
  /** The v6 auth object the rewritten call returns, for the check that no v5-only member stays on it. */
  v6Value?: V6Value;
}

export type ConversionResult = { plan: OpConversion } | { todos: Todo[] };

export interface ConversionSite {
  ctx: FileMigration;
  unit: UnitBody;
}

export function defaultOperation(plan: OpConversion, cs: string): Doc {
  return plan.operation ? plan.operation(cs) : arrow(cs, plan.promise(cs));
}

export function defaultAwaited(plan: OpConversion, cs: string): Doc {
  return plan.awaited ? plan.awaited(cs) : concat('await ', plan.promise(cs));
}

/** Ops whose declaration is expanded inside a region (R2): their LHS is not rewritten in place. */
export const inRegion = new WeakSet<Op>();

export function todoAt(ctx: FileMigration, node: t.Node, code: ReviewCode, reason: string, url?: string): Todo {
  return { code, reason, node: ctx.tree.statementOf(node), url };
}
