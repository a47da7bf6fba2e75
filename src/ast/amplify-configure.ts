import type { CallExpression, Expression, File, Node, ObjectExpression } from '@babel/types';
import { findAll } from './walk.js';

/** Every `<amplifyLocal>.configure(...)` call in the module. */
export function findConfigureCalls(ast: File, amplifyLocal: string): CallExpression[] {
  return findAll(
    ast.program,
    (node: Node): node is CallExpression =>
      node.type === 'CallExpression' &&
      node.callee.type === 'MemberExpression' &&
      !node.callee.computed &&
      node.callee.object.type === 'Identifier' &&
      node.callee.object.name === amplifyLocal &&
      node.callee.property.type === 'Identifier' &&
      node.callee.property.name === 'configure',
  );
}

/** A non-computed property of an object literal, by key. */
export function findProperty(object: ObjectExpression, key: string): Node | undefined {
  return object.properties.find(
    (p) =>
      (p.type === 'ObjectProperty' || p.type === 'ObjectMethod') &&
      !p.computed &&
      ((p.key.type === 'Identifier' && p.key.name === key) || (p.key.type === 'StringLiteral' && p.key.value === key)),
  );
}

/** Whether a configure options object says `ssr: true`. */
export function hasSsrTrue(object: ObjectExpression): boolean {
  const property = findProperty(object, 'ssr');
  return property !== undefined && isSsrTrue(property);
}

export function isSsrTrue(property: Node): boolean {
  if (property.type !== 'ObjectProperty' || property.computed) return false;
  const key = property.key;
  const isSsrKey = (key.type === 'Identifier' && key.name === 'ssr') || (key.type === 'StringLiteral' && key.value === 'ssr');
  const value = property.value as Expression;
  return isSsrKey && value.type === 'BooleanLiteral' && value.value;
}
