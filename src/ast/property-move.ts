import type { Expression, File, ObjectExpression, ObjectProperty } from '@babel/types';
import type { SourceStyle } from './code-style.js';
import { keyName } from './object-properties.js';
import { parseModule } from './parse.js';
import type { Splice } from './splices.js';
import {
  commaAfter,
  type CommentIndex,
  endOfStatementLine,
  indentationAt,
  indexComments,
  lineEnd,
  lineStart,
  nextLineStart,
  spansLines,
  startOfAttachedComments,
  startsLine,
} from './text-positions.js';
import { walk } from './walk.js';

/** A property (or spread) in an object literal, with the text around it that moves with it. */
export interface PropertyBlock {
  node: ObjectProperty | ObjectExpression['properties'][number];
  indent: string;
  /** The property, its own-line comments above and its same-line comments after fill whole lines. */
  ownLines: boolean;
  blockStart: number;
  blockEnd: number;
  commaEnd?: number;
  /** Own-line comments above, a line each, without the property's indentation. */
  leading: string[];
  /** Spaces and comments after the property (and its comma) on the same line. */
  trailing: string;
}

/** A property to write elsewhere: its text with later lines already indented for the destination. */
export interface MovedProperty {
  leading: string[];
  text: string;
  trailing: string;
}

/**
 * Moves properties between object literals as text: a property's block (its own-line comments above, its
 * same-line comments after, its comma) is cut out and written after another property or into another
 * object, re-indented, in the layout of its destination.
 */
export class PropertyMover {
  private readonly comments: CommentIndex;

  constructor(
    private readonly source: string,
    private readonly ast: File,
    private readonly style: SourceStyle,
  ) {
    this.comments = indexComments(ast);
  }

  renameKey(property: ObjectProperty, name: string): Splice {
    const key = property.key;
    if (property.shorthand) return { start: property.start ?? 0, end: property.end ?? 0, text: `${name}: ${keyName(key)}` };
    if (key.type === 'StringLiteral') return { start: (key.start ?? 0) + 1, end: (key.end ?? 0) - 1, text: name };
    return { start: key.start ?? 0, end: key.end ?? 0, text: name };
  }

  block(node: PropertyBlock['node']): PropertyBlock {
    const { source, comments } = this;
    const start = node.start ?? 0;
    const end = node.end ?? 0;
    const commaEnd = commaAfter(source, comments, end);
    const afterComma = commaEnd ?? end;
    const restOfLine = endOfStatementLine(source, comments, afterComma);
    const leadStart = startOfAttachedComments(source, this.ast, start);
    const ownLines = startsLine(source, leadStart) && restOfLine === lineEnd(source, restOfLine) && !spansLines(source, end, afterComma);
    const indent = indentationAt(source, start);
    const leadingText = source.slice(lineStart(source, leadStart), lineStart(source, start));
    const leading = ownLines && leadStart < start ? splitLines(leadingText).map((line) => stripIndent(line, indent)) : [];
    return {
      node,
      indent,
      ownLines,
      blockStart: lineStart(source, leadStart),
      blockEnd: nextLineStart(source, restOfLine),
      commaEnd,
      leading,
      trailing: ownLines ? source.slice(afterComma, restOfLine) : '',
    };
  }

  removeProperty(object: ObjectExpression, block: PropertyBlock): Splice[] {
    const { source, comments } = this;
    const index = object.properties.indexOf(block.node as ObjectExpression['properties'][number]);
    const previous = index > 0 ? object.properties[index - 1] : undefined;
    const previousComma = previous ? commaAfter(source, comments, previous.end ?? 0) : undefined;
    // Without its own comma the property was last: the comma before it becomes the last one, drop it too.
    const dropPreviousComma: Splice[] =
      block.commaEnd === undefined && previousComma !== undefined ? [{ start: previousComma - 1, end: previousComma, text: '' }] : [];
    if (block.ownLines) return [{ start: block.blockStart, end: block.blockEnd, text: '' }, ...dropPreviousComma];
    const start = block.node.start ?? 0;
    if (block.commaEnd !== undefined) {
      let end = block.commaEnd;
      while (source[end] === ' ' || source[end] === '\t') end++;
      return [{ start, end, text: '' }];
    }
    if (previousComma !== undefined) return [{ start: previousComma - 1, end: block.node.end ?? 0, text: '' }];
    return [{ start, end: block.node.end ?? 0, text: '' }];
  }

  insertAfter(anchor: PropertyBlock, moved: MovedProperty): Splice[] {
    const anchorEnd = anchor.node.end ?? 0;
    if (!anchor.ownLines) return [{ start: anchorEnd, end: anchorEnd, text: `, ${moved.text}` }];
    const { eol } = this.style;
    const comma = anchor.commaEnd !== undefined ? ',' : '';
    const lines = [...moved.leading.map((line) => anchor.indent + line), `${anchor.indent}${moved.text}${comma}${moved.trailing}`];
    const splices: Splice[] = [{ start: anchor.blockEnd, end: anchor.blockEnd, text: lines.join(eol) + eol }];
    if (anchor.commaEnd === undefined) splices.push({ start: anchorEnd, end: anchorEnd, text: ',' });
    return splices;
  }

  /** The property's text under its new key, re-indented from its block's indentation to `indent`. */
  moved(block: PropertyBlock, name: string, indent: string): MovedProperty {
    const property = block.node as ObjectProperty;
    return { leading: block.leading, text: this.renamedText(property, name, block.indent, indent), trailing: block.trailing };
  }

  renamedText(property: ObjectProperty, name: string, fromIndent: string, toIndent: string): string {
    if (property.shorthand) return `${name}: ${keyName(property.key)}`;
    const rest = this.source.slice(property.key.end ?? 0, property.end ?? 0);
    if (hasMultilineTemplate(property.value as Expression, this.source)) return name + rest;
    return name + reindent(rest, fromIndent, toIndent);
  }

  usesTrailingCommas(object: ObjectExpression): boolean {
    const last = object.properties[object.properties.length - 1];
    if (!last) return true;
    const block = this.block(last);
    return block.ownLines && block.commaEnd !== undefined;
  }

  hasCommentsInside(object: ObjectExpression): boolean {
    return this.commentsWithin(object.start ?? 0, object.end ?? 0).length > 0;
  }

  hasCommentsOutside(object: ObjectExpression, block: PropertyBlock): boolean {
    const [from, to] = block.ownLines ? [block.blockStart, block.blockEnd] : [block.node.start ?? 0, block.node.end ?? 0];
    return this.commentsWithin(object.start ?? 0, object.end ?? 0).some((c) => (c.start ?? 0) < from || (c.end ?? 0) > to);
  }

  commentsWithin(start: number, end: number) {
    return (this.ast.comments ?? []).filter((c) => (c.start ?? 0) > start && (c.end ?? 0) < end);
  }
}

function splitLines(text: string): string[] {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function stripIndent(line: string, indent: string): string {
  return line.startsWith(indent) ? line.slice(indent.length) : line.trimStart();
}

/** Moves the lines after the first from indentation `from` to `to` (lines indented less are left alone). */
function reindent(text: string, from: string, to: string): string {
  if (from === to) return text;
  return text
    .split('\n')
    .map((line, index) => (index > 0 && line.trim() !== '' && line.startsWith(from) ? to + line.slice(from.length) : line))
    .join('\n');
}

function hasMultilineTemplate(node: Expression, source: string): boolean {
  let found = false;
  walk(node, (child) => {
    if (child.type === 'TemplateLiteral' && spansLines(source, child.start ?? 0, child.end ?? 0)) found = true;
  });
  return found;
}

/** The edited text still parses and holds every comment of the original. */
export function keepsComments(ast: File, text: string, filePath: string): boolean {
  const after = parseModule(text, filePath);
  const values = (file: File) => (file.comments ?? []).map((c) => c.value).sort();
  return JSON.stringify(values(ast)) === JSON.stringify(values(after));
}
