import type { File, Node } from '@babel/types';
import type { SourceStyle } from './code-style.js';
import type { Splice } from './splices.js';
import { type CommentIndex, endOf, hasCommentWithin, indentationAt, indexComments, lineStart, startOf } from './text-positions.js';
import { stringLiteral } from './string-literal.js';

/** A bracketed, comma-separated list in the source: array or object literal, pattern, export list. */
export interface ListSite {
  /** Offset of the opening bracket (or of a token before it on the same line). */
  open: number;
  /** Offset of the closing bracket. */
  close: number;
  items: Node[];
}

/**
 * The list site of a `{ ... }` node (object literal or pattern) and its items: from its first `{` to the last
 * `}` before its type annotation (`{ req }: { req: Request }`).
 */
export function bracedListSite(source: string, node: Node, items: Node[]): ListSite {
  const annotation = (node as { typeAnnotation?: Node | null }).typeAnnotation;
  const limit = annotation ? startOf(annotation) : endOf(node);
  const open = source.indexOf('{', startOf(node));
  const close = source.lastIndexOf('}', limit - 1);
  return { open, close: close >= open ? close : limit - 1, items };
}

/** How a list is written, so that new items follow suit. */
export interface ListLayout {
  /** Items sit on their own lines (a line break after the opening bracket). */
  multiline: boolean;
  /** Indentation of the items' lines (multi-line lists only). */
  indent: string;
  trailingComma: boolean;
}

/** Renders the new items' source text for a layout; later lines of an item carry their full indentation. */
export type RenderItems = (layout: ListLayout) => string[];

/** The first offset in `[from, to)` that is neither whitespace nor part of a comment. */
function skipTrivia(source: string, comments: CommentIndex, from: number, to: number): number {
  let pos = from;
  while (pos < to) {
    const comment = comments.get(pos);
    if (comment) pos = comment.end ?? pos + 1;
    else if (/\s/.test(source[pos] ?? '')) pos++;
    else break;
  }
  return pos;
}

/** Offset of the comma written after the last item, if any (only trivia can stand between them). */
function trailingCommaOffset(source: string, comments: CommentIndex, site: ListSite): number | undefined {
  const last = site.items[site.items.length - 1];
  if (!last) return undefined;
  const pos = skipTrivia(source, comments, endOf(last), site.close);
  return source[pos] === ',' ? pos : undefined;
}

export function listLayout(source: string, ast: File, site: ListSite, style: SourceStyle): ListLayout {
  const comments = indexComments(ast);
  const first = site.items[0];
  const last = site.items[site.items.length - 1];
  if (!first || !last) {
    const multiline = source.slice(site.open, site.close).includes('\n');
    return { multiline, indent: indentationAt(source, site.close) + style.indent, trailingComma: multiline };
  }
  return {
    multiline: source.slice(site.open, startOf(first)).includes('\n'),
    indent: indentationAt(source, startOf(last)),
    trailingComma: trailingCommaOffset(source, comments, site) !== undefined,
  };
}

/**
 * Where a new line of items goes after the last item of a multi-line list: past its comma and any
 * comments on the same line, at the end of that line unless the closing bracket shares it.
 */
function endOfLastItemLine(source: string, comments: CommentIndex, site: ListSite, afterItem: number): number {
  let pos = afterItem;
  for (;;) {
    let next = pos;
    while (source[next] === ' ' || source[next] === '\t') next++;
    const comment = comments.get(next);
    if (!comment || source.slice(next, comment.end ?? next).includes('\n')) break;
    pos = comment.end ?? next;
  }
  let lineEnd = pos;
  while (lineEnd < site.close && (source[lineEnd] === ' ' || source[lineEnd] === '\t')) lineEnd++;
  return source[lineEnd] === '\r' || source[lineEnd] === '\n' ? lineEnd : pos;
}

/**
 * Splices that append items to a list in its own layout: on new lines (with the list's trailing-comma
 * habit) or inline after the last item. Undefined for an empty list holding comments, which has no
 * layout to follow.
 */
export function appendToList(
  source: string,
  ast: File,
  site: ListSite,
  style: SourceStyle,
  render: RenderItems,
  /** Space inside the brackets of a one-line list that was empty: `' '` for `{ a }`, `''` for `['a']`. */
  padding: ' ' | '',
): Splice[] | undefined {
  const layout = listLayout(source, ast, site, style);
  const texts = render(layout);
  if (texts.length === 0) return [];
  // A rest element must stay last in a pattern: the new items go in front of it.
  const rest = site.items.findIndex((item) => item.type === 'RestElement');
  if (rest >= 0) return [insertBeforeItem(source, ast, site, style, rest, texts.join(', '))];
  const last = site.items[site.items.length - 1];
  if (!last) return fillEmptyList(source, site, style, layout, texts, padding);
  if (!layout.multiline) return [{ start: endOf(last), end: endOf(last), text: `, ${texts.join(', ')}` }];

  const comments = indexComments(ast);
  const comma = trailingCommaOffset(source, comments, site);
  const at = endOfLastItemLine(source, comments, site, comma === undefined ? endOf(last) : comma + 1);
  const lines = texts.map((text) => style.eol + layout.indent + text).join(',');
  const added: Splice = { start: at, end: at, text: lines + (layout.trailingComma ? ',' : '') };
  // The comma that the last item lacked goes in front of the new lines when both land at the same offset.
  return comma === undefined ? [{ start: endOf(last), end: endOf(last), text: ',' }, added] : [added];
}

function fillEmptyList(
  source: string,
  site: ListSite,
  style: SourceStyle,
  layout: ListLayout,
  texts: string[],
  padding: string,
): Splice[] | undefined {
  const interior = source.slice(site.open + 1, site.close);
  if (interior.trim() !== '') return undefined;
  const text = layout.multiline
    ? texts.map((item) => style.eol + layout.indent + item + ',').join('') + style.eol + indentationAt(source, site.close)
    : padding + texts.join(', ') + padding;
  return [{ start: site.open + 1, end: site.close, text }];
}

/** A string or number as source text in the file's quote style. */
export function renderLiteral(value: string | number, style: SourceStyle): string {
  if (typeof value === 'number') return String(value);
  return stringLiteral(value, style.quote);
}

/**
 * A splice that puts `text` in front of the item at `index` of a list, in the list's layout: on a line of
 * its own in a multi-line list whose item starts its line, else inline (`text, item`).
 */
export function insertBeforeItem(source: string, ast: File, site: ListSite, style: SourceStyle, index: number, text: string): Splice {
  const item = site.items[index]!;
  const at = startOf(item);
  const ownLine = listLayout(source, ast, site, style).multiline && source.slice(lineStart(source, at), at).trim() === '';
  return { start: at, end: at, text: `${text},${ownLine ? style.eol + indentationAt(source, at) : ' '}` };
}

/**
 * A splice that removes the item at `index` (not the first) with the comma before it, or undefined when
 * a comment lies in that stretch (removing it would lose or misplace the comment).
 */
export function removeItem(ast: File, site: ListSite, index: number): Splice | undefined {
  const previous = site.items[index - 1];
  const item = site.items[index];
  if (!previous || !item) return undefined;
  const start = endOf(previous);
  const end = endOf(item);
  if (hasCommentWithin(ast, start, end)) return undefined;
  return { start, end, text: '' };
}
