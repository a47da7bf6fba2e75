import type { Node, ObjectExpression, ObjectMethod, ObjectProperty } from '@babel/types';

/** The name a key node spells: `a` or `'a'` (whether it is computed is the caller's business). */
export function keyName(key: Node): string | undefined {
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'StringLiteral') return key.value;
  return undefined;
}

/**
 * The static key of an object (or pattern) property: `a`, `'a'` and `['a']` give `a`; other computed keys,
 * spreads and non-properties give undefined.
 */
export function propertyKeyName(node: Node): string | undefined {
  if (node.type !== 'ObjectProperty' && node.type !== 'ObjectMethod') return undefined;
  if (node.computed) return node.key.type === 'StringLiteral' ? node.key.value : undefined;
  return keyName(node.key);
}

/** The first property written with the non-computed key `key` (`a` or `'a'`). */
export function findProperty(object: ObjectExpression, key: string): ObjectProperty | ObjectMethod | undefined {
  return object.properties.find(
    (p): p is ObjectProperty | ObjectMethod => p.type !== 'SpreadElement' && !p.computed && propertyKeyName(p) === key,
  );
}

export type PropertyLookup =
  | { kind: 'found'; property: ObjectProperty | ObjectMethod }
  | { kind: 'missing' }
  /** A spread or computed key might define it: the object cannot be read statically. */
  | { kind: 'unknown' };

/** The property that sets `name` in an object literal (the last one wins, as in JavaScript). */
export function lookupProperty(object: ObjectExpression, name: string): PropertyLookup {
  for (const property of [...object.properties].reverse()) {
    if (property.type === 'SpreadElement' || property.computed) return { kind: 'unknown' };
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
      return node.expressions.length === 0 ? (node.quasis[0]?.value.cooked ?? undefined) : undefined;
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
