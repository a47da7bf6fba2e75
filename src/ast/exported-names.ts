import type { File, Node } from '@babel/types';

/** Whether the module exports a binding named `name` (`export const { name } =`, `export const name =`, `export { name }`, `export function name`). */
export function exportsName(ast: File, name: string): boolean {
  for (const statement of ast.program.body) {
    if (statement.type === 'ExportNamedDeclaration') {
      if (statement.specifiers.some((s) => s.exported.type === 'Identifier' && s.exported.name === name)) return true;
      const declaration = statement.declaration;
      if (declaration?.type === 'FunctionDeclaration' && declaration.id?.name === name) return true;
      if (declaration?.type === 'VariableDeclaration') {
        for (const declarator of declaration.declarations) if (bindsName(declarator.id, name)) return true;
      }
    }
  }
  return false;
}

function bindsName(pattern: Node, name: string): boolean {
  switch (pattern.type) {
    case 'Identifier':
      return pattern.name === name;
    case 'ObjectPattern':
      return pattern.properties.some((p) => (p.type === 'RestElement' ? bindsName(p.argument, name) : bindsName(p.value, name)));
    case 'ArrayPattern':
      return pattern.elements.some((e) => e !== null && bindsName(e, name));
    case 'AssignmentPattern':
      return bindsName(pattern.left, name);
    default:
      return false;
  }
}
