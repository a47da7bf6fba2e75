import type { File, Node } from '@babel/types';
import { walk } from './walk.js';

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

/** Statement-like nodes that end with an optional semicolon. */
const SEMICOLON_TERMINATED = new Set([
  'ExpressionStatement',
  'VariableDeclaration',
  'ReturnStatement',
  'ThrowStatement',
  'BreakStatement',
  'ContinueStatement',
  'ImportDeclaration',
  'ExportAllDeclaration',
  'Directive',
  'TSTypeAliasDeclaration',
  'ClassProperty',
]);

/**
 * The file's style as `detectStyle` sees it, with quotes and semicolons counted on the AST: the text
 * heuristics only look at import/export lines, which misjudges files with few imports (and JSX
 * attributes are double-quoted by convention whatever quotes the code uses).
 */
export function detectCodeStyle(source: string, ast: File): SourceStyle {
  const style = detectStyle(source);
  const { single, double, terminated, unterminated } = countCodeStyle(source, ast);
  return {
    ...style,
    quote: single + double === 0 ? style.quote : double > single ? '"' : "'",
    semicolons: terminated + unterminated === 0 ? style.semicolons : terminated >= unterminated,
  };
}

/** The evidence behind `detectCodeStyle`: quoted strings and semicolon-able statements, by kind. */
export interface CodeStyleCounts {
  single: number;
  double: number;
  terminated: number;
  unterminated: number;
}

export function countCodeStyle(source: string, ast: File): CodeStyleCounts {
  const counts: CodeStyleCounts = { single: 0, double: 0, terminated: 0, unterminated: 0 };
  walk(ast.program, (node, parent) => {
    if (isQuotedCode(node, parent)) {
      const quote = source[node.start ?? 0];
      if (quote === "'") counts.single++;
      else if (quote === '"') counts.double++;
    }
    if (takesSemicolon(node, parent)) {
      if (source[(node.end ?? 0) - 1] === ';') counts.terminated++;
      else counts.unterminated++;
    }
  });
  return counts;
}

function isQuotedCode(node: Node, parent: Node | null): boolean {
  if (node.type !== 'StringLiteral' && node.type !== 'DirectiveLiteral') return false;
  return parent?.type !== 'JSXAttribute';
}

function takesSemicolon(node: Node, parent: Node | null): boolean {
  if (node.type === 'ExportNamedDeclaration') return node.declaration == null;
  if (node.type === 'ExportDefaultDeclaration') {
    const kind = node.declaration.type;
    return kind !== 'FunctionDeclaration' && kind !== 'ClassDeclaration';
  }
  if (!SEMICOLON_TERMINATED.has(node.type)) return false;
  // The declaration in `for (let i = 0; ...)` has no semicolon of its own.
  if (node.type === 'VariableDeclaration' && parent && /^For/.test(parent.type)) return false;
  return true;
}
