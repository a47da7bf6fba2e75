import type { CallExpression, ObjectExpression, ObjectProperty } from '@babel/types';
import { findAll } from '../../ast/walk.js';
import { lookupProperty, objectLiteralValue, propertyKeyName, staticValue } from '../../ast/object-properties.js';
import type { Check, DoctorProject } from '../check.js';
import { DOCS } from '../docs.js';
import { positionOf } from './locate.js';

const RESOURCES = ['ts', 'mts', 'js', 'mjs'].map((ext) => `amplify/auth/resource.${ext}`);
/** From this many custom attributes on, or this many characters of declared `maxLen`, the idToken can outgrow a cookie. */
const MANY_ATTRIBUTES = 5;
const MANY_CHARACTERS = 2000;

/**
 * The idToken cookie's size cannot be known before users sign in; what can be seen is a Gen 2 schema with
 * many (or long) custom attributes, every one of which the idToken carries.
 */
export const idTokenAttributesCheck: Check = {
  codes: ['idtoken-large-attributes'],
  run(project) {
    const file = RESOURCES.find((candidate) => project.read(candidate)?.includes('custom:'));
    const attributes = file === undefined ? undefined : userAttributes(project, file);
    if (file === undefined || attributes === undefined) return [];
    const custom = attributes.object.properties.filter(
      (p): p is ObjectProperty => p.type === 'ObjectProperty' && (propertyKeyName(p) ?? '').startsWith('custom:'),
    );
    const characters = custom.reduce((sum, property) => sum + declaredMaxLen(property), 0);
    if (custom.length < MANY_ATTRIBUTES && characters <= MANY_CHARACTERS) return [];
    return [
      {
        code: 'idtoken-large-attributes',
        severity: 'info',
        file,
        ...positionOf(attributes.property),
        message: `The idToken carries all ${custom.length} custom attributes${characters > 0 ? ` (up to ${characters} characters declared)` : ''}: once it passes the 4 KB cookie limit the browser drops the cookie, and the server sees no signed-in user (or answers 431).`,
        fix: 'Keep large or many values out of user attributes (store them with Data), set a small maxLen, and test a sign-in with a full profile.',
        docs: DOCS.userAttributes,
        fixable: false,
      },
    ];
  },
};

function userAttributes(project: DoctorProject, file: string): { property: ObjectProperty; object: ObjectExpression } | undefined {
  const ast = project.parse(file);
  if (!ast) return undefined;
  const [call] = findAll(
    ast.program,
    (node): node is CallExpression =>
      node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'defineAuth',
  );
  const options = call?.arguments[0];
  if (options?.type !== 'ObjectExpression') return undefined;
  const found = lookupProperty(options, 'userAttributes');
  if (found.kind !== 'found' || found.property.type !== 'ObjectProperty') return undefined;
  const object = objectLiteralValue(found.property);
  return object ? { property: found.property, object } : undefined;
}

function declaredMaxLen(property: ObjectProperty): number {
  const settings = objectLiteralValue(property);
  const maxLen = settings ? lookupProperty(settings, 'maxLen') : undefined;
  const value = maxLen?.kind === 'found' && maxLen.property.type === 'ObjectProperty' ? staticValue(maxLen.property.value) : undefined;
  return typeof value === 'number' ? value : 0;
}
