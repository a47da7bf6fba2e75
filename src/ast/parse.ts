import { parse, type ParserPlugin } from '@babel/parser';
import type { File } from '@babel/types';

/** Facts about a source file's text that every edit must keep. */
export interface SourceStyle {
  eol: '\n' | '\r\n';
  bom: boolean;
  /** One level of indentation as the file writes it: a tab, or N spaces. */
  indent: string;
  quote: "'" | '"';
  semicolons: boolean;
}

const BOM = '\uFEFF';

export function detectStyle(source: string): SourceStyle {
  const text = source.startsWith(BOM) ? source.slice(1) : source;
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  return {
    eol: crlf > lf ? '\r\n' : '\n',
    bom: source.startsWith(BOM),
    indent: detectIndent(text),
    quote: detectQuote(text),
    semicolons: detectSemicolons(text),
  };
}

function detectIndent(text: string): string {
  let tabs = 0;
  const spaceWidths = new Map<number, number>();
  let previous = 0;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    if (line.startsWith('\t')) {
      tabs++;
      continue;
    }
    const width = line.length - line.trimStart().length;
    const step = Math.abs(width - previous);
    if (step > 0 && step <= 8) spaceWidths.set(step, (spaceWidths.get(step) ?? 0) + 1);
    previous = width;
  }
  const [bestWidth, bestCount] = [...spaceWidths.entries()].sort((a, b) => b[1] - a[1])[0] ?? [2, 0];
  if (tabs > bestCount) return '\t';
  return ' '.repeat(bestWidth);
}

function detectQuote(text: string): "'" | '"' {
  const imports = text.match(/^\s*(?:import|export)\b[^\n]*?from\s+(['"])/gm) ?? [];
  let single = 0;
  let double = 0;
  for (const line of imports) line.endsWith("'") ? single++ : double++;
  if (single + double === 0) {
    single = (text.match(/'/g) ?? []).length;
    double = (text.match(/"/g) ?? []).length;
  }
  return double > single ? '"' : "'";
}

function detectSemicolons(text: string): boolean {
  const statements = text.match(/^\s*(?:import|export)\b[^\n]*$/gm) ?? [];
  if (statements.length === 0) return true;
  const withSemicolon = statements.filter((line) => line.trimEnd().endsWith(';')).length;
  return withSemicolon * 2 >= statements.length;
}

/** Babel plugins for a file, by extension: `.ts` never has JSX, everything else may. */
export function parserPluginsFor(filePath: string): ParserPlugin[] {
  const isTs = /\.(c|m)?ts$/.test(filePath);
  const isTsx = /\.tsx$/.test(filePath);
  if (isTs) return ['typescript', 'decorators-legacy'];
  if (isTsx) return ['typescript', 'jsx', 'decorators-legacy'];
  return ['jsx', 'typescript', 'decorators-legacy'];
}

/**
 * Parses a module with positions (`start`/`end` are offsets into `source`, BOM included, so text can be
 * spliced without reprinting). Throws a SyntaxError with `loc` on unparsable input.
 */
export function parseModule(source: string, filePath: string): File {
  return parse(source, {
    sourceType: 'module',
    allowReturnOutsideFunction: true,
    allowImportExportEverywhere: true,
    errorRecovery: false,
    plugins: parserPluginsFor(filePath),
  });
}

/** `parseModule`, for readers that only look: a file that does not parse gives `undefined`. */
export function tryParseModule(source: string, filePath: string): File | undefined {
  try {
    return parseModule(source, filePath);
  } catch {
    return undefined;
  }
}

/** A text edit: replace `source.slice(start, end)` with `text`. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping splices (in any order) to `source`. */
export function applySplices(source: string, splices: Splice[]): string {
  const sorted = [...splices].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = source;
  for (const { start, end, text } of sorted) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** Offset of the start of the line containing `offset`. */
export function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/** The whitespace that starts the line containing `offset`. */
export function indentationAt(source: string, offset: number): string {
  const start = lineStart(source, offset);
  return /^[ \t]*/.exec(source.slice(start))?.[0] ?? '';
}
