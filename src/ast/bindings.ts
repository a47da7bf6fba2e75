import type { File, ImportDeclaration, LVal, Node, PatternLike } from '@babel/types';
import { walk } from './walk.js';
import { importedName } from './import-statements.js';

/** A name declared somewhere in a module (any scope), with what declares it. */
export interface Binding {
  name: string;
  /** Set when the binding comes from an import: the module specifier and how it is imported. */
  importedFrom?: { source: string; kind: 'default' | 'named' | 'namespace'; imported?: string };
}

/**
 * Every value name declared anywhere in the module: imports, variables, functions, classes, parameters,
 * catch parameters, enums and namespaces. Scopes are deliberately ignored: a name declared in any scope
 * counts as taken, which is the safe side when we add a module-level name or render a component by name.
 */
export function collectBindings(ast: File): Binding[] {
  const bindings: Binding[] = [];
  const addPattern = (pattern: LVal | PatternLike | Node | null | undefined): void => {
    for (const name of patternNames(pattern)) bindings.push({ name });
  };
  walk(ast.program, (node) => {
    switch (node.type) {
      case 'ImportDeclaration':
        bindings.push(...importBindings(node));
        return false;
      case 'VariableDeclarator':
        addPattern(node.id);
        return;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ClassDeclaration':
      case 'ClassExpression':
        if (node.id) bindings.push({ name: node.id.name });
        if ('params' in node) node.params.forEach(addPattern);
        return;
      case 'ArrowFunctionExpression':
      case 'ObjectMethod':
      case 'ClassMethod':
      case 'ClassPrivateMethod':
        node.params.forEach(addPattern);
        return;
      case 'CatchClause':
        addPattern(node.param);
        return;
      case 'TSEnumDeclaration':
      case 'TSImportEqualsDeclaration':
        bindings.push({ name: node.id.name });
        return;
      case 'TSModuleDeclaration':
        if (node.id.type === 'Identifier') bindings.push({ name: node.id.name });
        return;
      default:
        return;
    }
  });
  return bindings;
}

function importBindings(declaration: ImportDeclaration): Binding[] {
  const source = declaration.source.value;
  return declaration.specifiers.map((specifier) => {
    if (specifier.type === 'ImportDefaultSpecifier') {
      return { name: specifier.local.name, importedFrom: { source, kind: 'default' as const } };
    }
    if (specifier.type === 'ImportNamespaceSpecifier') {
      return { name: specifier.local.name, importedFrom: { source, kind: 'namespace' as const } };
    }
    const imported = importedName(specifier);
    return {
      name: specifier.local.name,
      importedFrom: { source, kind: imported === 'default' ? ('default' as const) : ('named' as const), imported },
    };
  });
}

function patternNames(pattern: Node | null | undefined): string[] {
  if (!pattern) return [];
  switch (pattern.type) {
    case 'Identifier':
      return [pattern.name];
    case 'AssignmentPattern':
      return patternNames(pattern.left);
    case 'RestElement':
      return patternNames(pattern.argument);
    case 'ArrayPattern':
      return pattern.elements.flatMap((element) => patternNames(element));
    case 'ObjectPattern':
      return pattern.properties.flatMap((property) =>
        property.type === 'RestElement' ? patternNames(property) : patternNames(property.value),
      );
    case 'TSParameterProperty':
      return patternNames(pattern.parameter);
    default:
      return [];
  }
}

/** The first of `candidates` that no binding in the module uses. */
export function freeName(bindings: Binding[], candidates: string[]): string {
  const taken = new Set(bindings.map((binding) => binding.name));
  for (const candidate of candidates) if (!taken.has(candidate)) return candidate;
  const base = candidates[candidates.length - 1] ?? 'value';
  for (let n = 2; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
}
