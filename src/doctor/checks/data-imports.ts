import type { CallExpression, File, Node } from '@babel/types';
import { walkWithAncestors } from '../../ast/walk.js';
import { importedName } from '../../ast/import-statements.js';

/** Where the adapter's Data clients come from (`/api` is the Gen 1 name of the same module). */
export const ADAPTER_DATA = ['@aws-amplify/adapter-nextjs/data', '@aws-amplify/adapter-nextjs/api'];

/** The local names under which the module imports `name` from any of `sources`. */
export function importedAs(ast: File, sources: readonly string[], name: string): Set<string> {
  const locals = new Set<string>();
  for (const statement of ast.program.body) {
    if (statement.type !== 'ImportDeclaration' || !sources.includes(statement.source.value) || statement.importKind === 'type') continue;
    for (const s of statement.specifiers) {
      if (s.type === 'ImportSpecifier' && importedName(s) === name) locals.add(s.local.name);
    }
  }
  return locals;
}

/** Every call of one of `locals`, with its ancestors (outermost first). */
export function callsWithAncestors(ast: File, locals: ReadonlySet<string>): Array<{ call: CallExpression; ancestors: readonly Node[] }> {
  const calls: Array<{ call: CallExpression; ancestors: readonly Node[] }> = [];
  if (locals.size === 0) return calls;
  walkWithAncestors(ast.program, (node, ancestors) => {
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && locals.has(node.callee.name))
      calls.push({ call: node, ancestors: [...ancestors] });
  });
  return calls;
}
