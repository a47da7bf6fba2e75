import type {
  CallExpression,
  Expression,
  File,
  Node,
  ObjectExpression,
  ObjectMethod,
  ObjectProperty,
  Program,
} from '@babel/types';
import { findAll } from './walk.js';

/**
 * The local name under which a module's named export is imported (`import { a as b }` → `b`), or
 * `fallback` when the file does not import it (a re-export or a global we still recognise by name).
 */
export function importedLocalName(program: Program, moduleName: string, exportedName: string, fallback = exportedName): string {
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.source.value !== moduleName) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== 'ImportSpecifier') continue;
      const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
      if (imported === exportedName) return specifier.local.name;
    }
  }
  return fallback;
}

/** Every call of the plain function named `calleeName` anywhere in the file. */
export function callsOf(ast: File, calleeName: string): CallExpression[] {
  return findAll(
    ast.program,
    (node): node is CallExpression => node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === calleeName,
  );
}

/** The name of a non-computed property key (`a`, `'a'`), or undefined for computed keys. */
export function propertyKeyName(property: ObjectProperty | ObjectMethod): string | undefined {
  if (property.computed) return undefined;
  if (property.key.type === 'Identifier') return property.key.name;
  if (property.key.type === 'StringLiteral') return property.key.value;
  return undefined;
}

export type PropertyLookup =
  | { kind: 'found'; property: ObjectProperty | ObjectMethod }
  | { kind: 'missing' }
  /** A spread or computed key might define it: the object cannot be read statically. */
  | { kind: 'unknown' };

/** The property that sets `name` in an object literal (the last one wins, as in JavaScript). */
export function lookupProperty(object: ObjectExpression, name: string): PropertyLookup {
  for (const property of [...object.properties].reverse()) {
    if (property.type === 'SpreadElement') return { kind: 'unknown' };
    const key = propertyKeyName(property);
    if (key === undefined) return { kind: 'unknown' };
    if (key === name) return { kind: 'found', property };
  }
  return { kind: 'missing' };
}

/** The value of a found property when it is an object literal written in place. */
export function objectLiteralValue(property: ObjectProperty | ObjectMethod): ObjectExpression | undefined {
  if (property.type !== 'ObjectProperty' || property.shorthand) return undefined;
  return property.value.type === 'ObjectExpression' ? property.value : undefined;
}

/** The static value of a string or number written as a literal or as arithmetic on literals (`60 * 60 * 24`). */
export function staticValue(node: Node): string | number | undefined {
  switch (node.type) {
    case 'StringLiteral':
    case 'NumericLiteral':
      return node.value;
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? node.quasis[0]?.value.cooked ?? undefined : undefined;
    case 'BinaryExpression':
      return node.left.type === 'PrivateName' ? undefined : arithmetic(node.operator, staticValue(node.left), staticValue(node.right));
    default:
      return undefined;
  }
}

function arithmetic(operator: string, left: unknown, right: unknown): number | undefined {
  if (typeof left !== 'number' || typeof right !== 'number') return undefined;
  if (operator === '*') return left * right;
  if (operator === '+') return left + right;
  if (operator === '-') return left - right;
  if (operator === '/') return left / right;
  return undefined;
}

/** True when a comment lies inside `[start, end)`. */
export function hasCommentWithin(ast: File, start: number, end: number): boolean {
  return (ast.comments ?? []).some((comment) => (comment.start ?? -1) >= start && (comment.end ?? -1) <= end);
}

/** `node.start`/`node.end` as numbers (babel always sets them when parsing with positions). */
export function startOf(node: Node | Expression): number {
  return node.start ?? 0;
}

export function endOf(node: Node | Expression): number {
  return node.end ?? 0;
}
