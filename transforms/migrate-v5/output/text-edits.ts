import type * as t from '@babel/types';
import type { FileMigration } from '../find/file-migration.js';
import { TODO_PREFIX } from './review.js';

/** Removes one item from a comma-separated list, with its separator. */
export function removeListItem(ctx: FileMigration, items: t.Node[], item: t.Node): void {
  const source = ctx.source;
  const index = items.indexOf(item);
  if (index < 0) return;
  if (items.length === 1) {
    ctx.addSplice(item.start!, item.end!, '');
    return;
  }
  if (index < items.length - 1) {
    const next = items[index + 1];
    const between = source.slice(item.end!, next.start!);
    if (between.includes('\n')) {
      // One item per line: remove the whole line.
      const lineStart = source.lastIndexOf('\n', item.start! - 1) + 1;
      const nextLineStart = source.lastIndexOf('\n', next.start! - 1) + 1;
      ctx.addSplice(lineStart, nextLineStart, '');
    } else {
      ctx.addSplice(item.start!, next.start!, '');
    }
    return;
  }
  const prev = items[index - 1];
  const between = source.slice(prev.end!, item.start!);
  if (between.includes('\n')) {
    const lineStart = source.lastIndexOf('\n', item.start! - 1) + 1;
    const after = /^[ \t]*,?[ \t]*\r?\n/.exec(source.slice(item.end!));
    if (after) {
      ctx.addSplice(lineStart, item.end! + after[0].length, '');
      if (!after[0].includes(',')) {
        // The list had no trailing comma: the new last item must not get one.
        const commaAt = source.indexOf(',', prev.end!);
        if (commaAt >= 0 && commaAt < item.start!) ctx.addSplice(commaAt, commaAt + 1, '');
      }
      return;
    }
  }
  ctx.addSplice(prev.end!, item.end!, '');
}

/**
 * Deletes a statement (and the blank line that follows it), or puts `replacement` in its place. The user's
 * comments stay: those above it now sit above what follows (or the replacement), one at the end of its line
 * stays on a line of its own. Only our own TODO markers above it go, since the statement they were about
 * is gone. `detachComments`: the comments above stay apart from what follows (they were about what went).
 */
export function removeStatement(ctx: FileMigration, stmt: t.Node, replacement?: string, options: { detachComments?: boolean } = {}): void {
  const source = ctx.source;
  let start = source.lastIndexOf('\n', stmt.start! - 1) + 1;
  const before = source.slice(start, stmt.start!);
  if (!/^[ \t\uFEFF]*$/.test(before)) {
    ctx.addSplice(stmt.start!, stmt.end!, replacement ?? '');
    return;
  }
  if (before.startsWith('\uFEFF')) start += 1;
  const indent = ctx.indentAt(stmt.start!);
  removeOwnMarkers(ctx, stmt, start);
  let end = stmt.end!;
  const rest = /^[ \t]*(\/\/[^\n]*|\/\*[^\n]*?\*\/[ \t]*)?\r?\n/.exec(source.slice(end));
  const trailing = rest?.[1] ? `${indent}${rest[1].trim()}\n` : '';
  if (rest) end += rest[0].length;
  if (replacement !== undefined) {
    ctx.addSplice(start, end, `${trailing}${indent}${replacement}\n`);
    return;
  }
  if (trailing) {
    ctx.addSplice(start, end, trailing);
    return;
  }
  // A declaration's own comments stay where they were, a paragraph apart from what follows.
  if (options.detachComments && /\*\/[ \t]*\r?\n$|\/\/[^\n]*\r?\n$/.test(source.slice(0, start))) {
    deleteRange(ctx, start, end);
    return;
  }
  // Also drop one blank line after the statement (when the statement is not followed by the block end).
  const blank = /^[ \t]*\r?\n/.exec(source.slice(end));
  const prevBlank = /\n[ \t]*\r?\n$/.test(source.slice(0, start)) || start === 0;
  if (blank) {
    end += blank[0].length;
  } else if (prevBlank) {
    // The statement was the last of a paragraph: remove the blank line before it instead.
    const m = /\r?\n[ \t]*\r?\n$/.exec(source.slice(0, start));
    // …and the end of the file: it ends with one line end, not a blank line.
    if (m && (/^[ \t]*[}\]]/.test(source.slice(end)) || end === source.length)) start -= m[0].length - m[0].indexOf('\n') - 1;
  }
  deleteRange(ctx, start, end);
}

/** `// TODO(amplify-next): …` lines directly above a statement that goes. */
function removeOwnMarkers(ctx: FileMigration, stmt: t.Node, lineStart: number): void {
  const source = ctx.source;
  const comments = (stmt as { leadingComments?: t.Comment[] | null }).leadingComments ?? [];
  let next = lineStart;
  for (let i = comments.length - 1; i >= 0; i--) {
    const c = comments[i];
    if (!/^[ \t]*\r?\n[ \t]*$/.test(source.slice(c.end!, next))) break;
    const start = source.lastIndexOf('\n', c.start! - 1) + 1;
    if (!/^[ \t]*$/.test(source.slice(start, c.start!))) break;
    if (c.type !== 'CommentLine' || !c.value.trim().startsWith(TODO_PREFIX)) break;
    ctx.addSplice(start, next, '');
    next = start;
  }
}

/** Removes `specifiers` from their `export { … }` lists: a list left empty goes whole, else the rest stay in its layout. */
export function removeExportSpecifiers(ctx: FileMigration, specifiers: t.ExportSpecifier[]): void {
  const lists = new Map<t.ExportNamedDeclaration, t.ExportSpecifier[]>();
  for (const s of specifiers) {
    const list = ctx.tree.parent(s) as t.ExportNamedDeclaration;
    lists.set(list, [...(lists.get(list) ?? []), s]);
  }
  for (const [list, gone] of lists) {
    const all = list.specifiers;
    const kept = all.filter((s) => !gone.includes(s as t.ExportSpecifier));
    if (kept.length === 0) {
      removeStatement(ctx, list);
      continue;
    }
    const separator = all.length > 1 ? ctx.source.slice(all[0]!.end!, all[1]!.start!) : ', ';
    ctx.addSplice(all[0]!.start!, all.at(-1)!.end!, kept.map((s) => ctx.text(s)).join(separator));
  }
}

/**
 * Deletes [start, end), merged with the deletions it overlaps (two statements removed side by side each take
 * the blank line between them; applied as they are, one of the two would be dropped).
 */
function deleteRange(ctx: FileMigration, start: number, end: number): void {
  for (let i = ctx.splices.length - 1; i >= 0; i--) {
    const s = ctx.splices[i]!;
    if (s.text !== '' || s.start === s.end || s.end <= start || end <= s.start) continue;
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
    ctx.splices.splice(i, 1);
  }
  ctx.addSplice(start, end, '');
}
