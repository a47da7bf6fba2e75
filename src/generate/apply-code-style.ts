import { parse } from '@babel/parser';
import type { Node } from '@babel/types';
import { walk } from '../ast/walk.js';
import { stringLiteral } from '../ast/string-literal.js';
import type { CodeStyle } from '../project/code-style.js';

const STATEMENTS_ENDING_IN_SEMICOLON = new Set([
  'ImportDeclaration',
  'ExportNamedDeclaration',
  'ExportDefaultDeclaration',
  'ExpressionStatement',
  'VariableDeclaration',
  'ReturnStatement',
  'Directive',
  'TSPropertySignature',
  'TSTypeAliasDeclaration',
]);

/**
 * Rewrites our generated code (written with single quotes and semicolons) in the project's style: the
 * quotes of string literals and directives (JSX attributes keep theirs), and statement-ending semicolons.
 */
export function applyCodeStyle(source: string, style: CodeStyle): string {
  if (style.quote === "'" && style.semicolons) return source;
  const ast = parse(source, { sourceType: 'module', plugins: ['typescript', 'jsx'] });
  const edits: Array<{ start: number; end: number; text: string }> = [];
  walk(ast.program, (node: Node) => {
    // A directive's value is its raw text, which keeps its escapes; a string literal's is the string itself.
    if (node.type === 'StringLiteral' && style.quote === '"' && source[node.start!] === "'" && !node.value.includes('"')) {
      edits.push({ start: node.start!, end: node.end!, text: stringLiteral(node.value, '"') });
    }
    if (node.type === 'DirectiveLiteral' && style.quote === '"' && source[node.start!] === "'" && !node.value.includes('"')) {
      edits.push({ start: node.start!, end: node.end!, text: `"${node.value}"` });
    }
    if (node.type === 'JSXAttribute') return false;
    if (!style.semicolons && STATEMENTS_ENDING_IN_SEMICOLON.has(node.type) && source[node.end! - 1] === ';') {
      const declaration = (node as { declaration?: Node }).declaration;
      const endsInBlock = declaration && /Function|Class/.test(declaration.type);
      const next = source.slice(node.end!).replace(/^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/, '')[0];
      const hazard = next !== undefined && '([`+-/'.includes(next);
      if (!endsInBlock && !hazard) edits.push({ start: node.end! - 1, end: node.end!, text: '' });
    }
  });
  // An export and its declaration share the same closing semicolon: remove it once.
  const unique = [...new Map(edits.map((edit) => [edit.start, edit])).values()];
  let out = source;
  for (const edit of unique.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
