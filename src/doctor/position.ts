import type { Node } from '@babel/types';

/** Where a node starts, as a finding reports it: line and column both 1-based. */
export function position(node: Node): { line: number; column: number } {
  return { line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 };
}

/** For a finding about a whole file. */
export const WHOLE_FILE = { line: 1, column: 1 } as const;
