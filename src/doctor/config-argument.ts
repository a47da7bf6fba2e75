import type { Expression, File, Node } from '@babel/types';
import { findProperty } from '../ast/object-properties.js';
import { importOf, type ConfigureSite, type RunnerSite } from './amplify-sites.js';

/**
 * The config a site hands to Amplify: the first argument of `Amplify.configure` (the spread of
 * `{ ...config }` and of the v5 `{ ...config, ssr: true }`), or `config` of `createServerRunner({ config })`.
 */
export function configArgument(site: ConfigureSite | RunnerSite, side: 'client' | 'server'): Node | undefined {
  if (side === 'server') {
    const options = site.call.arguments[0];
    if (options?.type !== 'ObjectExpression') return undefined;
    const property = findProperty(options, 'config');
    return property?.type === 'ObjectProperty' ? property.value : undefined;
  }
  const first = site.call.arguments[0];
  if (first?.type !== 'ObjectExpression') return first;
  // `{ ...config }` and the v5 `{ ...config, ssr: true }` hand over `config` itself.
  const spreads = first.properties.filter((property) => property.type === 'SpreadElement');
  const onlySsrBesides = first.properties.every((property) => property.type === 'SpreadElement' || property === findProperty(first, 'ssr'));
  if (spreads.length === 1 && onlySsrBesides) return spreads[0]!.argument;
  if (findProperty(first, 'ssr') !== undefined && spreads.length > 0) return spreads[0]!.argument;
  return first;
}

/** The module specifier an identifier argument is imported from, if it is imported. */
export function importedSpecifier(ast: File, argument: Node | undefined): string | undefined {
  if (argument?.type !== 'Identifier') return undefined;
  return importOf(ast, argument.name)?.source.value;
}

/** The object literal a local `const name = { … }` (or `export default { … }`) holds, if it is one. */
export function localObject(ast: File, name: string): Expression | undefined {
  for (const statement of ast.program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type !== 'VariableDeclaration') continue;
    for (const declarator of declaration.declarations) {
      if (declarator.id.type === 'Identifier' && declarator.id.name === name && declarator.init) return unwrap(declarator.init);
    }
  }
  return undefined;
}

/** The object a module exports as default: `export default { … }` or `export default name`. */
export function defaultExportObject(ast: File): Expression | undefined {
  for (const statement of ast.program.body) {
    if (statement.type !== 'ExportDefaultDeclaration') continue;
    const value = statement.declaration;
    if (value.type === 'Identifier') return localObject(ast, value.name);
    if (value.type === 'ObjectExpression' || value.type === 'TSAsExpression' || value.type === 'TSSatisfiesExpression')
      return unwrap(value as Expression);
  }
  return undefined;
}

function unwrap(node: Expression): Expression {
  return node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression' ? unwrap(node.expression) : node;
}

/** The keys of an object literal, nested (a value that is not an object literal is `true`): enough to judge a config's shape. */
export function objectShape(node: Node): unknown {
  if (node.type !== 'ObjectExpression') return true;
  const shape: Record<string, unknown> = {};
  for (const property of node.properties) {
    if (property.type !== 'ObjectProperty' || property.computed) continue;
    const key =
      property.key.type === 'Identifier' ? property.key.name : property.key.type === 'StringLiteral' ? property.key.value : undefined;
    if (key !== undefined) shape[key] = objectShape(property.value);
  }
  return shape;
}
