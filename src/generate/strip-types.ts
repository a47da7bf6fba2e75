import { parse } from '@babel/parser';
import type { Node } from '@babel/types';
import { walk } from '../ast/walk.js';

interface Range {
  start: number;
  end: number;
}

/**
 * TypeScript → JavaScript for our own templates, by cutting the type syntax out of the text, so the
 * result keeps the template's formatting and comments exactly and reads as hand-written JavaScript.
 * Only the type syntax the templates use is supported; anything else is a template bug and throws.
 */
export function stripTypes(source: string, fileName: string): string {
  const ast = parse(source, { sourceType: 'module', plugins: ['typescript', 'jsx'] });
  const cuts: Range[] = [];
  const visit = (node: Node): false | undefined => (typeSyntaxRanges(node, source, fileName, cuts, visit) ? undefined : false);
  walk(ast.program, visit);
  let out = source;
  for (const { start, end } of cuts.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, start) + out.slice(end);
  }
  return out;
}

function typeSyntaxRanges(node: Node, source: string, fileName: string, cuts: Range[], visit: (node: Node) => false | undefined): boolean {
  switch (node.type) {
    case 'ImportDeclaration':
      if (node.importKind === 'type') {
        cuts.push(wholeLines(source, node));
        return false;
      }
      node.specifiers.forEach((specifier, index) => {
        if (specifier.type !== 'ImportSpecifier' || specifier.importKind !== 'type') return;
        const next = node.specifiers[index + 1];
        cuts.push({ start: specifier.start!, end: next ? next.start! : specifier.end! });
      });
      return false;
    case 'TSTypeAnnotation':
      cuts.push({ start: node.start!, end: node.end! });
      return false;
    case 'TSTypeAliasDeclaration':
    case 'TSInterfaceDeclaration':
      cuts.push(wholeLines(source, node));
      return false;
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
      cuts.push({ start: node.expression.end!, end: node.end! });
      walk(node.expression, visit);
      return false;
    case 'TSTypeParameterInstantiation':
    case 'TSTypeParameterDeclaration':
      cuts.push({ start: node.start!, end: node.end! });
      return false;
    default:
      if (node.type.startsWith('TS')) throw new Error(`${fileName}: cannot strip ${node.type} from a template.`);
      return true;
  }
}

/**
 * The node's lines, with their line break, for statements that disappear entirely; with the blank line
 * after them when they stand between blank lines (or open the file), so no run of blank lines is left.
 */
function wholeLines(source: string, node: Node): Range {
  const start = source.lastIndexOf('\n', node.start! - 1) + 1;
  const lineEnd = source.indexOf('\n', node.end!);
  const end = lineEnd === -1 ? source.length : lineEnd + 1;
  const blankBefore = start === 0 || source.slice(0, start).endsWith('\n\n');
  return { start, end: blankBefore && source[end] === '\n' ? end + 1 : end };
}
