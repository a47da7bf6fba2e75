import type { CallExpression, Expression, File, Node, ObjectExpression } from '@babel/types';
import { findAll } from './walk.js';
import { findProperty, propertyKeyName } from './object-properties.js';

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

/** Whether a configure options object says `ssr: true`. */
export function hasSsrTrue(object: ObjectExpression): boolean {
  const property = findProperty(object, 'ssr');
  return property !== undefined && isSsrTrue(property);
}

export function isSsrTrue(property: Node): boolean {
  if (property.type !== 'ObjectProperty' || property.computed || propertyKeyName(property) !== 'ssr') return false;
  const value = property.value as Expression;
  return value.type === 'BooleanLiteral' && value.value;
}
