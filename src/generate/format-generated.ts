import type { CodeStyle } from '../project/code-style.js';
import { compareImportSources } from '../ast/import-order.js';

/** Our templates indent by this much per level. */
const TEMPLATE_INDENT = '  ';

/**
 * Lays generated code out as the project's formatter would: imports in its order (when it sorts them),
 * its indentation, and a one-element array that overflows the print width broken over lines (the middleware
 * `matcher`) when a formatter is configured. The templates are written so that every other line fits 80
 * columns.
 */
export function formatGenerated(source: string, style: CodeStyle): string {
  let text = style.sortsImports ? sortLeadingImports(source) : source;
  if (style.indent && style.indent !== TEMPLATE_INDENT) text = reindent(text, style.indent);
  return style.printWidth === undefined ? text : wrapLongArrays(text, style, style.printWidth);
}

/** The first run of one-line imports, sorted by source (Biome's order); side-effect imports end the run. */
function sortLeadingImports(source: string): string {
  const lines = source.split('\n');
  const first = lines.findIndex((line) => line.startsWith('import '));
  if (first === -1) return source;
  let end = first;
  while (end < lines.length && /^import .+ from (['"]).+\1;?$/.test(lines[end]!)) end++;
  const block = lines.slice(first, end);
  const sourceOf = (line: string) => /from (['"])(.+)\1;?$/.exec(line)![2]!;
  const sorted = [...block].sort((a, b) => compareImportSources(sourceOf(a), sourceOf(b)));
  return [...lines.slice(0, first), ...sorted, ...lines.slice(end)].join('\n');
}

function reindent(source: string, indent: string): string {
  return source.replace(/^((?: {2})+)/gm, (spaces: string) => indent.repeat(spaces.length / TEMPLATE_INDENT.length));
}

/** Display width of a line, a tab counting as one indentation level of the formatter (2 when unknown). */
function lineWidth(line: string, style: CodeStyle): number {
  const tab = style.indent && style.indent !== '\t' ? style.indent.length : 2;
  return line.replace(/\t/g, ' '.repeat(tab)).length;
}

/** `key: ['one long string'],` past the print width → the element on a line of its own. */
function wrapLongArrays(source: string, style: CodeStyle, width: number): string {
  const unit = style.indent ?? TEMPLATE_INDENT;
  const comma = style.trailingCommas === false ? '' : ',';
  return source
    .split('\n')
    .map((line) => {
      if (lineWidth(line, style) <= width) return line;
      const match = /^(\s*)([\w$]+: )\[('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\](,?)$/.exec(line);
      if (!match) return line;
      const [, indent, key, element, after] = match;
      return `${indent}${key}[\n${indent}${unit}${element}${comma}\n${indent}]${after}`;
    })
    .join('\n');
}
