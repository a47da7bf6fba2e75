import type * as t from '@babel/types';
import type { FunctionNode } from '../../../src/ast/tree.js';
import type { Todo } from './file-migration.js';
import type { ReviewCode } from '../output/review.js';

/** How one unit gets its v6 `nextServerContext` (Table A). */
export interface ServerContextSource {
  /** The `nextServerContext` expression. */
  text: string;
  /** Edits outside the unit's statements (parameters, synthetic `req` objects, middleware response). */
  apply(): void;
  /** A statement to put where the deleted `withSSRContext` statement was (middleware `response`). */
  preStatement?: { anchor: t.Statement; text: string };
  infos: { node: t.Node; code: ReviewCode; reason: string }[];
}

export type ServerContextResult = { plan: ServerContextSource } | { todo: Todo };

/** Where the request (and response) of a unit come from. */
export type Request =
  | { kind: 'reqRes'; request: string; response: string; apply?: () => void }
  | { kind: 'cookies'; apply?: () => void }
  | { kind: 'middleware'; fn: FunctionNode; request: string }
  | { kind: 'null' }
  | { kind: 'missing'; reason: string };
