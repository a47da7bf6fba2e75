import type { Node } from '@babel/types';
import { findNodeAtLocation, parseTree, type JSONPath } from 'jsonc-parser';

/** A 1-based place in a file. */
export interface Position {
  line: number;
  column: number;
}

/** For a finding about a whole file. */
export const FILE_START: Position = { line: 1, column: 1 };

/** Where a parsed node starts (babel counts columns from 0). */
export function positionOf(node: Node): Position {
  const start = node.loc?.start;
  return start ? { line: start.line, column: start.column + 1 } : FILE_START;
}

/** The line and column of an offset in a text. */
export function positionAtOffset(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** Where the property at `path` of a JSON text starts (its key), or the file start when it is not there. */
export function jsonPropertyPosition(text: string, path: JSONPath): Position {
  const value = findNodeAtLocation(parseTree(text) ?? { type: 'null', offset: 0, length: 0 }, path);
  const property = value?.parent?.type === 'property' ? value.parent : value;
  return property ? positionAtOffset(text, property.offset) : FILE_START;
}
