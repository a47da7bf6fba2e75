import type { Comment, File, Node } from '@babel/types';

/** Offset of the start of the line containing `offset`. */
export function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/** The whitespace that starts the line containing `offset`. */
export function indentationAt(source: string, offset: number): string {
  const start = lineStart(source, offset);
  return /^[ \t]*/.exec(source.slice(start))?.[0] ?? '';
}

/** `node.start`/`node.end` as numbers (babel always sets them when parsing with positions). */
export function startOf(node: Node): number {
  return node.start ?? 0;
}

export function endOf(node: Node): number {
  return node.end ?? 0;
}

/** The comments of a parsed file, looked up by their start offset. */
export type CommentIndex = Map<number, Comment>;

export function indexComments(ast: File): CommentIndex {
  return new Map((ast.comments ?? []).map((comment) => [comment.start ?? -1, comment]));
}

/** True when a comment lies inside `[start, end)`. */
export function hasCommentWithin(ast: File, start: number, end: number): boolean {
  return (ast.comments ?? []).some((comment) => (comment.start ?? -1) >= start && (comment.end ?? -1) <= end);
}

function skipSpaces(source: string, offset: number, newlines: boolean): number {
  let pos = offset;
  while (pos < source.length) {
    const char = source[pos];
    if (char === ' ' || char === '\t' || (newlines && (char === '\r' || char === '\n'))) pos++;
    else break;
  }
  return pos;
}

/** Offset of the end of the line holding `offset`, before its `\r\n` or `\n`. */
export function lineEnd(source: string, offset: number): number {
  const newline = source.indexOf('\n', offset);
  if (newline === -1) return source.length;
  return source[newline - 1] === '\r' ? newline - 1 : newline;
}

/** Offset just after the line break ending the line holding `offset` (or the end of the file). */
export function nextLineStart(source: string, offset: number): number {
  const newline = source.indexOf('\n', offset);
  return newline === -1 ? source.length : newline + 1;
}

/**
 * Where to continue a line after a statement ending at `offset`: past any comments on the same line, at
 * the end of the line when nothing else follows, else right after those comments.
 */
export function endOfStatementLine(source: string, comments: CommentIndex, offset: number): number {
  let pos = offset;
  for (;;) {
    const next = skipSpaces(source, pos, false);
    const comment = comments.get(next);
    if (comment && !source.slice(next, comment.end ?? next).includes('\n')) pos = comment.end ?? next;
    else break;
  }
  const end = lineEnd(source, pos);
  return source.slice(pos, end).trim() === '' ? end : pos;
}

/** The offset just after the comma that follows `offset` (skipping whitespace and comments), if any. */
export function commaAfter(source: string, comments: CommentIndex, offset: number): number | undefined {
  let pos = offset;
  for (;;) {
    pos = skipSpaces(source, pos, true);
    const comment = comments.get(pos);
    if (comment) pos = comment.end ?? pos + 1;
    else break;
  }
  return source[pos] === ',' ? pos + 1 : undefined;
}

/** True when only spaces or tabs stand between the start of the line and `offset`. */
export function startsLine(source: string, offset: number): boolean {
  return source.slice(lineStart(source, offset), offset).trim() === '';
}

/** True when the text from `offset` on is the rest of an empty line followed by an empty line (or the file ends). */
export function blankLineFollows(source: string, offset: number): boolean {
  const firstEnd = nextLineStart(source, offset);
  if (source.slice(offset, firstEnd).trim() !== '') return false;
  if (firstEnd >= source.length) return true;
  return source.slice(firstEnd, nextLineStart(source, firstEnd)).trim() === '';
}

/**
 * The start of the comments written directly above `offset` (each on its own line, no blank line in
 * between), so that text inserted there does not separate a node from its doc comment.
 */
export function startOfAttachedComments(source: string, ast: File, offset: number): number {
  let start = offset;
  const before = [...(ast.comments ?? [])].filter((c) => (c.end ?? 0) <= offset).reverse();
  for (const comment of before) {
    const gap = source.slice(comment.end ?? 0, start);
    const newlines = gap.split('\n').length - 1;
    if (gap.trim() !== '' || newlines > 1) break;
    if (!startsLine(source, comment.start ?? 0)) break;
    start = comment.start ?? start;
  }
  return start;
}

/** The text between `start` and `end` contains a line break. */
export function spansLines(source: string, start: number, end: number): boolean {
  return source.slice(start, end).includes('\n');
}
