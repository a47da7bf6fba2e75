import type { Expression, File, Node } from '@babel/types';
import { findAll } from '../ast/walk.js';
import { findConfigureCalls } from '../ast/amplify-configure.js';
import { findProperty } from '../ast/object-properties.js';
import { importedFile } from '../generate/import-specifier.js';
import type { SourceProject } from './detect.js';

/**
 * The Amplify config file (one of the project's) that `file` hands to Amplify: the argument of
 * `Amplify.configure(config, …)` (also the v5 `{ ...config, ssr: true }`) in the browser, or `config` of
 * `createServerRunner({ config })` on the server, followed to its import. `undefined` when it cannot tell.
 */
export function configuredFrom(info: SourceProject, file: string, side: 'client' | 'server'): string | undefined {
  const ast = info.files.parse(file);
  if (!ast) return undefined;
  const expression = side === 'client' ? clientConfigArgument(ast) : serverConfigArgument(ast);
  if (expression?.type !== 'Identifier') return undefined;
  const specifier = importSourceOf(ast, expression.name);
  if (specifier === undefined) return undefined;
  return importedFile(
    info.root,
    file,
    specifier,
    info.amplifyConfigs.map((config) => config.path),
    info.aliases,
  );
}

function clientConfigArgument(ast: File): Node | undefined {
  const [call] = findConfigureCalls(ast, 'Amplify');
  const first = call?.arguments[0];
  if (first?.type === 'ObjectExpression') {
    const spread = first.properties.find((property) => property.type === 'SpreadElement');
    return spread?.type === 'SpreadElement' ? spread.argument : undefined;
  }
  return first;
}

function serverConfigArgument(ast: File): Node | undefined {
  const [call] = findAll(
    ast.program,
    (node: Node): node is Expression & { type: 'CallExpression' } =>
      node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'createServerRunner',
  );
  const options = call?.arguments[0];
  if (options?.type !== 'ObjectExpression') return undefined;
  const property = findProperty(options, 'config');
  return property?.type === 'ObjectProperty' ? property.value : undefined;
}

function importSourceOf(ast: File, local: string): string | undefined {
  for (const statement of ast.program.body) {
    if (statement.type !== 'ImportDeclaration') continue;
    if (statement.specifiers.some((specifier) => specifier.local.name === local)) return statement.source.value;
  }
  return undefined;
}
