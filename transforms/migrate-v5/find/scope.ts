import type * as t from '@babel/types';
import { isFunction, isTransparentWrapper, patternIdentifiers, type Tree } from '../../../src/ast/tree.js';

/**
 * A small lexical scope resolver over the Babel AST: enough to follow one binding (an import, a parameter,
 * a `const`) to its references, with shadowing by inner declarations respected.
 */

/** Is this Identifier read as a value (not a property key, member name, label or type name)? */
export function isValueReference(tree: Tree, id: t.Identifier): boolean {
  const parent = tree.parent(id);
  if (!parent) return false;
  switch (parent.type) {
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return parent.object === id || parent.computed;
    case 'ObjectProperty':
      if (parent.key === id && !parent.computed) {
        // `{ a }` shorthand: babel gives the value its own node; the key is not a reference.
        return false;
      }
      return true;
    case 'ObjectMethod':
    case 'ClassMethod':
    case 'ClassPrivateMethod':
    case 'ClassProperty':
    case 'ClassAccessorProperty':
    case 'TSPropertySignature':
    case 'TSMethodSignature':
      return (parent as { key: t.Node; computed?: boolean }).key !== id || !!(parent as { computed?: boolean }).computed;
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
      return false;
    case 'ImportSpecifier':
    case 'ImportDefaultSpecifier':
    case 'ImportNamespaceSpecifier':
      return false;
    case 'ExportSpecifier':
      return parent.local === id;
    case 'MetaProperty':
      return false;
    case 'TSTypeReference':
    case 'TSQualifiedName':
    case 'TSExpressionWithTypeArguments':
    case 'TSInterfaceDeclaration':
    case 'TSTypeAliasDeclaration':
    case 'TSEnumDeclaration':
    case 'TSEnumMember':
    case 'TSModuleDeclaration':
    case 'TSTypeParameter':
    case 'TSImportEqualsDeclaration':
      return isInTypeQuery(tree, id);
    case 'TSTypeQuery':
      return true;
    default:
      break;
  }
  if (isBindingPosition(tree, id)) return false;
  return true;
}

function isInTypeQuery(tree: Tree, id: t.Identifier): boolean {
  let current: t.Node = id;
  for (;;) {
    const parent = tree.parent(current);
    if (!parent) return false;
    if (parent.type === 'TSTypeQuery') return true;
    if (parent.type !== 'TSQualifiedName' || parent.left !== current) return false;
    current = parent;
  }
}

/** Is this Identifier the name being declared (param, declarator id, function name, catch param)? */
export function isBindingPosition(tree: Tree, id: t.Identifier): boolean {
  let current: t.Node = id;
  for (;;) {
    const parent = tree.parent(current);
    if (!parent) return false;
    switch (parent.type) {
      case 'VariableDeclarator':
        return parent.id === current;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ClassDeclaration':
      case 'ClassExpression':
        return parent.id === current || (isFunction(parent) && parent.params.includes(current as t.Identifier));
      case 'ArrowFunctionExpression':
      case 'ObjectMethod':
      case 'ClassMethod':
      case 'ClassPrivateMethod':
        return parent.params.includes(current as t.Identifier);
      case 'CatchClause':
        return parent.param === current;
      case 'ObjectPattern':
      case 'ArrayPattern':
      case 'RestElement':
      case 'TSParameterProperty':
        current = parent;
        continue;
      case 'ObjectProperty': {
        const grand = tree.parent(parent);
        if (grand?.type === 'ObjectPattern' && parent.value === current) {
          current = grand;
          continue;
        }
        return false;
      }
      case 'AssignmentPattern':
        if (parent.left === current) {
          current = parent;
          continue;
        }
        return false;
      case 'AssignmentExpression':
        return false;
      default:
        return false;
    }
  }
}

/** Names a scope node declares, each mapped to the declaring identifier. */
function declarationsOf(scope: t.Node): Map<string, t.Identifier> {
  const out = new Map<string, t.Identifier>();
  const add = (ids: t.Identifier[]): void => {
    for (const id of ids) if (!out.has(id.name)) out.set(id.name, id);
  };
  if (isFunction(scope)) {
    for (const p of scope.params) add(patternIdentifiers(p));
    if ((scope.type === 'FunctionExpression' || scope.type === 'FunctionDeclaration') && scope.id && scope.type === 'FunctionExpression') {
      add([scope.id]);
    }
    if (scope.body.type === 'BlockStatement') {
      add(varDeclarationsIn(scope.body));
    }
    return out;
  }
  if (scope.type === 'CatchClause') {
    add(patternIdentifiers(scope.param));
    return out;
  }
  if (scope.type === 'ForStatement' || scope.type === 'ForInStatement' || scope.type === 'ForOfStatement') {
    const init = scope.type === 'ForStatement' ? scope.init : scope.left;
    if (init?.type === 'VariableDeclaration') for (const d of init.declarations) add(patternIdentifiers(d.id));
    return out;
  }
  if (scope.type === 'ClassExpression' && scope.id) {
    add([scope.id]);
    return out;
  }
  let body: t.Node[] | undefined;
  if (scope.type === 'Program' || scope.type === 'BlockStatement' || scope.type === 'StaticBlock') body = scope.body;
  else if (scope.type === 'SwitchStatement') body = scope.cases.flatMap((c) => c.consequent);
  if (!body) return out;
  for (const stmt of body) {
    const decl = unwrapExport(stmt);
    if (!decl) continue;
    if (decl.type === 'VariableDeclaration' && (decl.kind !== 'var' || scope.type === 'Program')) {
      for (const d of decl.declarations) add(patternIdentifiers(d.id));
    } else if ((decl.type === 'FunctionDeclaration' || decl.type === 'ClassDeclaration') && decl.id) {
      add([decl.id]);
    } else if (decl.type === 'ImportDeclaration') {
      if (decl.importKind === 'type') continue;
      for (const s of decl.specifiers) {
        if (s.type === 'ImportSpecifier' && s.importKind === 'type') continue;
        add([s.local]);
      }
    } else if (decl.type === 'TSEnumDeclaration') {
      add([decl.id]);
    }
  }
  if (scope.type === 'Program') add(varDeclarationsIn(scope));
  return out;
}

function unwrapExport(stmt: t.Node): t.Node | null | undefined {
  if (stmt.type === 'ExportNamedDeclaration') return stmt.declaration;
  if (stmt.type === 'ExportDefaultDeclaration') return stmt.declaration;
  return stmt;
}

/** `var` declarations anywhere under `root` that are not inside a nested function. */
function varDeclarationsIn(root: t.Node): t.Identifier[] {
  const out: t.Identifier[] = [];
  const visit = (node: t.Node): void => {
    if (node !== root && isFunction(node)) return;
    if (node.type === 'VariableDeclaration' && node.kind === 'var') {
      for (const d of node.declarations) out.push(...patternIdentifiers(d.id));
    }
    for (const key of Object.keys(node)) {
      if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments' || key === 'extra') continue;
      const value = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) {
        for (const item of value) if (item && typeof item === 'object' && 'type' in item) visit(item as t.Node);
      } else if (value && typeof value === 'object' && 'type' in value) {
        visit(value as t.Node);
      }
    }
  };
  visit(root);
  return out;
}

const declCache = new WeakMap<t.Node, Map<string, t.Identifier>>();

function cachedDeclarations(scope: t.Node): Map<string, t.Identifier> {
  let found = declCache.get(scope);
  if (!found) {
    found = declarationsOf(scope);
    declCache.set(scope, found);
  }
  return found;
}

function isScopeNode(node: t.Node): boolean {
  return (
    isFunction(node) ||
    node.type === 'Program' ||
    node.type === 'BlockStatement' ||
    node.type === 'StaticBlock' ||
    node.type === 'CatchClause' ||
    node.type === 'ForStatement' ||
    node.type === 'ForInStatement' ||
    node.type === 'ForOfStatement' ||
    node.type === 'SwitchStatement' ||
    node.type === 'ClassExpression'
  );
}

/** The identifier that declares the binding `id` refers to, or undefined for globals. */
export function resolveBinding(tree: Tree, id: t.Identifier): t.Identifier | undefined {
  return lookupName(tree, id, id.name);
}

/** Looks `name` up from the position of `from`, innermost scope first. */
export function lookupName(tree: Tree, from: t.Node, name: string): t.Identifier | undefined {
  for (let current: t.Node | undefined = from; current; current = tree.parent(current)) {
    if (!isScopeNode(current)) continue;
    const found = cachedDeclarations(current).get(name);
    if (found) return found;
  }
  return undefined;
}

/** Every Identifier under `root` that reads the binding declared by `binding`. */
export function referencesOf(tree: Tree, binding: t.Identifier, root: t.Node = tree.program): t.Identifier[] {
  const out: t.Identifier[] = [];
  for (const node of tree.identifiers(binding.name)) {
    if (node === binding || (root !== tree.program && !isWithin(tree, root, node))) continue;
    if (!isValueReference(tree, node)) continue;
    if (resolveBinding(tree, node) === binding) out.push(node);
  }
  return out;
}

/** Is `name` declared anywhere in the file (any scope) — used to avoid shadowing with new imports/params. */
export function nameIsUsed(tree: Tree, name: string): boolean {
  return tree.identifiers(name).length > 0;
}

/** Whether `node` is `root` or lies under it in the tree. */
function isWithin(tree: Tree, root: t.Node, node: t.Node): boolean {
  for (let current: t.Node | undefined = node; current; current = tree.parent(current)) if (current === root) return true;
  return false;
}

/** Is `name` visible (declared) at `from`? */
export function isNameBoundAt(tree: Tree, from: t.Node, name: string): boolean {
  return lookupName(tree, from, name) !== undefined;
}

/** Climbs out of cast wrappers around a node. */
export function outerExpression(tree: Tree, node: t.Node): t.Node {
  let current = node;
  for (;;) {
    const parent = tree.parent(current);
    if (parent && isTransparentWrapper(parent)) current = parent;
    else return current;
  }
}
