import type { File, Node, ObjectExpression, Statement } from '@babel/types';

/**
 * The object literals a module exports as a whole: `module.exports = …` or `export default …`, following
 * top-level `const` bindings, wrapper calls like `withX({…})` (every argument) and functions that return
 * the object (a next.config, for instance).
 */
export function findExportedObjects(ast: File): ObjectExpression[] {
  const roots: Node[] = [];
  for (const statement of ast.program.body) {
    if (statement.type === 'ExportDefaultDeclaration') roots.push(statement.declaration);
    if (
      statement.type === 'ExpressionStatement' &&
      statement.expression.type === 'AssignmentExpression' &&
      isModuleExports(statement.expression.left)
    ) {
      roots.push(statement.expression.right);
    }
  }
  const found = new Set<ObjectExpression>();
  for (const root of roots) for (const object of resolveObjects(ast.program.body, root, 0)) found.add(object);
  return [...found];
}

function isModuleExports(node: Node): boolean {
  return (
    node.type === 'MemberExpression' &&
    node.object.type === 'Identifier' &&
    node.object.name === 'module' &&
    !node.computed &&
    node.property.type === 'Identifier' &&
    node.property.name === 'exports'
  );
}

function resolveObjects(body: Statement[], node: Node, depth: number): ObjectExpression[] {
  if (depth > 8) return [];
  const next = (child: Node): ObjectExpression[] => resolveObjects(body, child, depth + 1);
  switch (node.type) {
    case 'ObjectExpression':
      return [node];
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
    case 'TSTypeAssertion':
    case 'ParenthesizedExpression':
      return next(node.expression);
    case 'CallExpression':
      return node.arguments.flatMap(next);
    case 'AwaitExpression':
      return node.argument ? next(node.argument) : [];
    case 'Identifier':
      return topLevelDefinitions(body, node.name).flatMap(next);
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
    case 'FunctionDeclaration':
      if (node.body.type !== 'BlockStatement') return next(node.body);
      return node.body.body.flatMap((s) => (s.type === 'ReturnStatement' && s.argument ? next(s.argument) : []));
    default:
      return [];
  }
}

/** What a top-level name is bound to: a `const`/`let`/`var` initialiser or a function declaration. */
function topLevelDefinitions(body: Statement[], name: string): Node[] {
  const definitions: Node[] = [];
  for (const item of body) {
    const statement = item.type === 'ExportNamedDeclaration' && item.declaration ? item.declaration : item;
    if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations) {
        if (declarator.id.type === 'Identifier' && declarator.id.name === name && declarator.init) definitions.push(declarator.init);
      }
    }
    if (statement.type === 'FunctionDeclaration' && statement.id?.name === name) definitions.push(statement);
  }
  return definitions;
}
