import type { File, Node } from '@babel/types';
import { walk } from './walk.js';
import { detectStyle, type SourceStyle } from './parse.js';

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
