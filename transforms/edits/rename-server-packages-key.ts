import type { Expression, File, Node, ObjectExpression, ObjectProperty, Statement } from '@babel/types';
import { walk } from '../../src/ast/walk.js';
import { detectCodeStyle, type SourceStyle } from '../../src/ast/code-style.js';
import { commaAfter, type CommentIndex, endOfStatementLine, indentationAt, indexComments, lineEnd, lineStart, nextLineStart, spansLines, startOfAttachedComments, startsLine } from '../../src/ast/text-positions.js';
import { applySplices, type Splice } from '../../src/ast/splices.js';
import { parseModule } from '../../src/ast/parse.js';
import type { EditResult } from './types.js';
import { keyName } from '../../src/ast/object-properties.js';

export interface RenameServerComponentsPackagesKeyOptions {
  filePath: string;
  nextMajor: 13 | 14 | 15 | 16;
}

/** The key the Amplify docs tell people to add; no Next.js version reads it. */
const WRONG_KEY = 'serverComponentsPackages';
const NEXT_14_KEY = 'serverComponentsExternalPackages'; // inside `experimental`, Next.js 13 and 14
const NEXT_15_KEY = 'serverExternalPackages'; // top level, Next.js 15

type Step = { splices: Splice[] } | { reason: string };

/** Where the wrong key sits: in the config object, or in its `experimental` object. */
interface KeyLocation {
  config: ObjectExpression;
  property: ObjectProperty;
  experimental?: ObjectProperty & { value: ObjectExpression };
}

/**
 * Renames `serverComponentsPackages` in a next.config to the key the project's Next.js version reads:
 * `experimental.serverComponentsExternalPackages` on 13 and 14, top-level `serverExternalPackages` on 15.
 */
export function renameServerComponentsPackagesKey(source: string, options: RenameServerComponentsPackagesKeyOptions): EditResult {
  const { filePath, nextMajor } = options;
  const ast = parseModule(source, filePath);
  const mentions = mentionsOfWrongKey(ast);
  if (mentions === 0) return { kind: 'unchanged' };

  const locations = findConfigObjects(ast).flatMap(locateWrongKey);
  if (locations.length === 0 || mentions > 1) {
    return {
      kind: 'manual',
      reason: `${filePath} mentions ${WRONG_KEY} somewhere other than a config object this edit can follow statically.`,
    };
  }
  if (locations.length > 1) return { kind: 'manual', reason: `${filePath} sets ${WRONG_KEY} more than once.` };

  const edit = new ConfigEdit(source, ast, detectCodeStyle(source, ast), filePath);
  const step = nextMajor >= 15 ? edit.forNext15(locations[0]) : edit.forNext14(locations[0]);
  if ('reason' in step) return { kind: 'manual', reason: step.reason };
  const text = applySplices(source, step.splices);
  if (!keepsComments(ast, text, filePath)) {
    return { kind: 'manual', reason: `${filePath} has comments around ${WRONG_KEY} that moving it would lose.` };
  }
  return { kind: 'changed', text };
}

/** How many places name the wrong key (a shorthand property counts once). */
function mentionsOfWrongKey(ast: File): number {
  const starts = new Set<number>();
  walk(ast.program, (node) => {
    if ((node.type === 'Identifier' || node.type === 'StringLiteral') && keyName(node) === WRONG_KEY) starts.add(node.start ?? -1);
  });
  return starts.size;
}

function propertiesNamed(object: ObjectExpression, name: string): ObjectProperty[] {
  return object.properties.filter(
    (p): p is ObjectProperty => p.type === 'ObjectProperty' && !p.computed && keyName(p.key) === name,
  );
}

function locateWrongKey(config: ObjectExpression): KeyLocation[] {
  const found: KeyLocation[] = propertiesNamed(config, WRONG_KEY).map((property) => ({ config, property }));
  for (const experimental of propertiesNamed(config, 'experimental')) {
    if (experimental.value.type !== 'ObjectExpression') continue;
    const inner = experimental as ObjectProperty & { value: ObjectExpression };
    for (const property of propertiesNamed(inner.value, WRONG_KEY)) found.push({ config, property, experimental: inner });
  }
  return found;
}

// --- Finding the config object -------------------------------------------------------------------

/**
 * The object literals a next.config exports: `module.exports = …` or `export default …`, following
 * top-level `const` bindings, wrapper calls like `withX({…})` (every argument) and functions that
 * return the config.
 */
function findConfigObjects(ast: File): ObjectExpression[] {
  const roots: Node[] = [];
  for (const statement of ast.program.body) {
    if (statement.type === 'ExportDefaultDeclaration') roots.push(statement.declaration);
    if (
      statement.type === 'ExpressionStatement' &&
      statement.expression.type === 'AssignmentExpression' &&
      isModuleExports(statement.expression.left)
    ) {
      roots.push(statement.expression.right);
    }
  }
  const found = new Set<ObjectExpression>();
  for (const root of roots) for (const object of resolveObjects(ast.program.body, root, 0)) found.add(object);
  return [...found];
}

function isModuleExports(node: Node): boolean {
  return (
    node.type === 'MemberExpression' &&
    node.object.type === 'Identifier' &&
    node.object.name === 'module' &&
    !node.computed &&
    node.property.type === 'Identifier' &&
    node.property.name === 'exports'
  );
}

function resolveObjects(body: Statement[], node: Node, depth: number): ObjectExpression[] {
  if (depth > 8) return [];
  const next = (child: Node): ObjectExpression[] => resolveObjects(body, child, depth + 1);
  switch (node.type) {
    case 'ObjectExpression':
      return [node];
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
    case 'TSTypeAssertion':
    case 'ParenthesizedExpression':
      return next(node.expression);
    case 'CallExpression':
      return node.arguments.flatMap(next);
    case 'AwaitExpression':
      return node.argument ? next(node.argument) : [];
    case 'Identifier':
      return topLevelDefinitions(body, node.name).flatMap(next);
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
    case 'FunctionDeclaration':
      if (node.body.type !== 'BlockStatement') return next(node.body);
      return node.body.body.flatMap((s) => (s.type === 'ReturnStatement' && s.argument ? next(s.argument) : []));
    default:
      return [];
  }
}

/** What a top-level name is bound to: a `const`/`let`/`var` initialiser or a function declaration. */
function topLevelDefinitions(body: Statement[], name: string): Node[] {
  const definitions: Node[] = [];
  for (const item of body) {
    const statement = item.type === 'ExportNamedDeclaration' && item.declaration ? item.declaration : item;
    if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations) {
        if (declarator.id.type === 'Identifier' && declarator.id.name === name && declarator.init) definitions.push(declarator.init);
      }
    }
    if (statement.type === 'FunctionDeclaration' && statement.id?.name === name) definitions.push(statement);
  }
  return definitions;
}

// --- Editing the object literal ------------------------------------------------------------------

/** A property (or spread) in an object literal, with the text around it that moves with it. */
interface PropertyBlock {
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
interface MovedProperty {
  leading: string[];
  text: string;
  trailing: string;
}

class ConfigEdit {
  private readonly comments: CommentIndex;

  constructor(
    private readonly source: string,
    private readonly ast: File,
    private readonly style: SourceStyle,
    private readonly filePath: string,
  ) {
    this.comments = indexComments(ast);
  }

  forNext15(location: KeyLocation): Step {
    const { config, property, experimental } = location;
    if (propertiesNamed(config, NEXT_15_KEY).length > 0) return this.targetExists(NEXT_15_KEY);
    if (!experimental) return { splices: [this.renameKey(property, NEXT_15_KEY)] };
    return this.moveOutOfExperimental(experimental, property);
  }

  forNext14(location: KeyLocation): Step {
    const { config, property, experimental } = location;
    if (experimental) {
      if (propertiesNamed(experimental.value, NEXT_14_KEY).length > 0) return this.targetExists(`experimental.${NEXT_14_KEY}`);
      return { splices: [this.renameKey(property, NEXT_14_KEY)] };
    }
    const experimentals = propertiesNamed(config, 'experimental');
    if (experimentals.length > 1) return { reason: `${this.filePath} sets experimental more than once.` };
    const existing = experimentals[0];
    if (!existing) return { splices: [this.wrapInExperimental(config, property)] };
    if (existing.value.type !== 'ObjectExpression') {
      return { reason: `${this.filePath} sets experimental to something other than an object literal, so ${WRONG_KEY} cannot be moved into it.` };
    }
    if (propertiesNamed(existing.value, NEXT_14_KEY).length > 0) return this.targetExists(`experimental.${NEXT_14_KEY}`);
    return this.moveIntoExperimental(config, existing as ObjectProperty & { value: ObjectExpression }, property);
  }

  private targetExists(target: string): Step {
    return {
      reason: `${this.filePath} sets both ${WRONG_KEY} and ${target}, and merging the two package lists is a human decision.`,
    };
  }

  private renameKey(property: ObjectProperty, name: string): Splice {
    const key = property.key;
    if (property.shorthand) return { start: property.start ?? 0, end: property.end ?? 0, text: `${name}: ${WRONG_KEY}` };
    if (key.type === 'StringLiteral') return { start: (key.start ?? 0) + 1, end: (key.end ?? 0) - 1, text: name };
    return { start: key.start ?? 0, end: key.end ?? 0, text: name };
  }

  /** Next.js 13/14 without `experimental`: `experimental: { serverComponentsExternalPackages: … }` in its place. */
  private wrapInExperimental(config: ObjectExpression, property: ObjectProperty): Splice {
    const block = this.block(property);
    const range = { start: property.start ?? 0, end: property.end ?? 0 };
    if (!block.ownLines) return { ...range, text: `experimental: { ${this.renamedText(property, NEXT_14_KEY, '', '')} }` };
    const { eol, indent: unit } = this.style;
    const inner = block.indent + unit;
    const comma = this.usesTrailingCommas(config) ? ',' : '';
    const text = `experimental: {${eol}${inner}${this.renamedText(property, NEXT_14_KEY, block.indent, inner)}${comma}${eol}${block.indent}}`;
    return { ...range, text };
  }

  /** Next.js 13/14 with an `experimental` object: move the property into it, renamed. */
  private moveIntoExperimental(config: ObjectExpression, experimental: ObjectProperty & { value: ObjectExpression }, property: ObjectProperty): Step {
    const target = experimental.value;
    const block = this.block(property);
    const removal = this.removeProperty(config, block);
    const last = target.properties[target.properties.length - 1];
    if (last) {
      const anchor = this.block(last);
      return { splices: [...removal, ...this.insertAfter(anchor, this.moved(block, NEXT_14_KEY, anchor.indent))] };
    }
    if (this.hasCommentsInside(target)) {
      return { reason: `${this.filePath} has an experimental object holding only comments, so it is not clear where ${NEXT_14_KEY} goes.` };
    }
    const outer = this.block(experimental);
    const range = { start: target.start ?? 0, end: target.end ?? 0 };
    if (!outer.ownLines) {
      return { splices: [...removal, { ...range, text: `{ ${this.moved(block, NEXT_14_KEY, '').text} }` }] };
    }
    const { eol, indent: unit } = this.style;
    const inner = outer.indent + unit;
    const moved = this.moved(block, NEXT_14_KEY, inner);
    const comma = this.usesTrailingCommas(config) ? ',' : '';
    const lines = [...moved.leading.map((line) => inner + line), `${inner}${moved.text}${comma}${moved.trailing}`];
    return { splices: [...removal, { ...range, text: `{${eol}${lines.join(eol)}${eol}${outer.indent}}` }] };
  }

  /** Next.js 15: `serverExternalPackages` is top level; drop `experimental` when nothing else is left in it. */
  private moveOutOfExperimental(experimental: ObjectProperty & { value: ObjectExpression }, property: ObjectProperty): Step {
    const block = this.block(property);
    const outer = this.block(experimental);
    const othersLeft = experimental.value.properties.length > 1 || this.hasCommentsOutside(experimental.value, block);
    if (othersLeft) {
      const removal = this.removeProperty(experimental.value, block);
      return { splices: [...removal, ...this.insertAfter(outer, this.moved(block, NEXT_15_KEY, outer.indent))] };
    }
    const moved = this.moved(block, NEXT_15_KEY, outer.indent);
    const { eol } = this.style;
    const text = [...moved.leading, moved.text].join(eol + outer.indent);
    if (!outer.ownLines) return { splices: [{ start: experimental.start ?? 0, end: experimental.end ?? 0, text }] };
    // Own the rest of experimental's last line too, so the moved same-line comment lands after the comma.
    const end = outer.commaEnd ?? experimental.end ?? 0;
    const comma = outer.commaEnd !== undefined ? ',' : '';
    return { splices: [{ start: experimental.start ?? 0, end: end + outer.trailing.length, text: text + comma + moved.trailing + outer.trailing }] };
  }

  private block(node: PropertyBlock['node']): PropertyBlock {
    const { source, comments } = this;
    const start = node.start ?? 0;
    const end = node.end ?? 0;
    const commaEnd = commaAfter(source, comments, end);
    const afterComma = commaEnd ?? end;
    const restOfLine = endOfStatementLine(source, comments, afterComma);
    const leadStart = startOfAttachedComments(source, this.ast, start);
    const ownLines =
      startsLine(source, leadStart) &&
      restOfLine === lineEnd(source, restOfLine) &&
      !spansLines(source, end, afterComma);
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

  private removeProperty(object: ObjectExpression, block: PropertyBlock): Splice[] {
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

  private insertAfter(anchor: PropertyBlock, moved: MovedProperty): Splice[] {
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
  private moved(block: PropertyBlock, name: string, indent: string): MovedProperty {
    const property = block.node as ObjectProperty;
    return { leading: block.leading, text: this.renamedText(property, name, block.indent, indent), trailing: block.trailing };
  }

  private renamedText(property: ObjectProperty, name: string, fromIndent: string, toIndent: string): string {
    if (property.shorthand) return `${name}: ${WRONG_KEY}`;
    const rest = this.source.slice(property.key.end ?? 0, property.end ?? 0);
    if (hasMultilineTemplate(property.value as Expression, this.source)) return name + rest;
    return name + reindent(rest, fromIndent, toIndent);
  }

  private usesTrailingCommas(object: ObjectExpression): boolean {
    const last = object.properties[object.properties.length - 1];
    if (!last) return true;
    const block = this.block(last);
    return block.ownLines && block.commaEnd !== undefined;
  }

  private hasCommentsInside(object: ObjectExpression): boolean {
    return this.commentsWithin(object.start ?? 0, object.end ?? 0).length > 0;
  }

  private hasCommentsOutside(object: ObjectExpression, block: PropertyBlock): boolean {
    const [from, to] = block.ownLines ? [block.blockStart, block.blockEnd] : [block.node.start ?? 0, block.node.end ?? 0];
    return this.commentsWithin(object.start ?? 0, object.end ?? 0).some((c) => (c.start ?? 0) < from || (c.end ?? 0) > to);
  }

  private commentsWithin(start: number, end: number) {
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
function keepsComments(ast: File, text: string, filePath: string): boolean {
  const after = parseModule(text, filePath);
  const values = (file: File) => (file.comments ?? []).map((c) => c.value).sort();
  return JSON.stringify(values(ast)) === JSON.stringify(values(after));
}
