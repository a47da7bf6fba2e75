import type * as t from '@babel/types';
import { type FunctionNode, isCall, isFunction, type Tree } from '../../../src/ast/tree.js';
import { propertyKeyName } from '../../../src/ast/object-properties.js';

/** What kind of Next.js server function a function is (decides the v6 `nextServerContext`). */
export type FunctionKind =
  'getServerSideProps' | 'getStaticProps' | 'getInitialProps' | 'apiHandler' | 'middleware' | 'routeHandler' | 'appRouter' | 'other';

const ROUTE_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

/** The name a function is known by: its id, its variable, the property it is assigned to, or 'default'. */
export function functionName(tree: Tree, fn: FunctionNode): string | undefined {
  if ((fn.type === 'FunctionDeclaration' || fn.type === 'FunctionExpression') && fn.id) {
    if (fn.type === 'FunctionDeclaration') return fn.id.name;
  }
  if (fn.type === 'ObjectMethod' || fn.type === 'ClassMethod') {
    return fn.key.type === 'Identifier' ? fn.key.name : undefined;
  }
  let current: t.Node = fn;
  for (;;) {
    const parent = tree.parent(current);
    if (!parent) return undefined;
    if (parent.type === 'VariableDeclarator' && parent.init === current) {
      return parent.id.type === 'Identifier' ? parent.id.name : undefined;
    }
    if (parent.type === 'AssignmentExpression' && parent.right === current) {
      const left = parent.left;
      if (left.type === 'MemberExpression' && !left.computed && left.property.type === 'Identifier') return left.property.name;
      if (left.type === 'Identifier') return left.name;
      return undefined;
    }
    if (parent.type === 'ObjectProperty' && parent.value === current) return propertyKeyName(parent);
    if (parent.type === 'ClassProperty' && parent.value === current) {
      return parent.key.type === 'Identifier' ? parent.key.name : undefined;
    }
    if (parent.type === 'ExportDefaultDeclaration') return 'default';
    // `export const getServerSideProps = withSession(async (ctx) => ...)`, casts and parentheses.
    if (
      (isCall(parent) && parent.arguments.includes(current as t.Expression)) ||
      parent.type === 'TSAsExpression' ||
      parent.type === 'TSSatisfiesExpression'
    ) {
      current = parent;
      continue;
    }
    if (fn.type === 'FunctionExpression' && fn.id) return fn.id.name;
    return undefined;
  }
}

export function isApiRoutePath(filePath: string): boolean {
  return /(^|[\\/])pages[\\/]api[\\/]/.test(filePath);
}

/**
 * `middleware.*`, or `proxy.*`: Next.js 16's name for the same file. A `proxy` under `pages/` is a route
 * (e.g. `pages/api/proxy.ts`), not the guard; under `app/` a route is never named `proxy`.
 */
export function isMiddlewarePath(filePath: string): boolean {
  if (/(^|[\\/])middleware\.(m|c)?(t|j)sx?$/.test(filePath)) return true;
  return /(^|[\\/])proxy\.(m|c)?(t|j)sx?$/.test(filePath) && !/(^|[\\/])pages[\\/]/.test(filePath);
}

export function isAppRouterPath(filePath: string): boolean {
  return /(^|[\\/])app[\\/]/.test(filePath) && !/(^|[\\/])pages[\\/]/.test(filePath);
}

export function isRouteHandlerPath(filePath: string): boolean {
  return isAppRouterPath(filePath) && /(^|[\\/])route\.(m|c)?(t|j)sx?$/.test(filePath);
}

export function isTestPath(filePath: string): boolean {
  return /(^|[\\/])(__tests__|__mocks__|tests?)[\\/]|\.(test|spec)\.(m|c)?[tj]sx?$/.test(filePath);
}

/** Is `fn` the module's default export (directly, through its name, or wrapped in a HOF)? */
export function isDefaultExport(tree: Tree, fn: FunctionNode): boolean {
  let current: t.Node = fn;
  for (;;) {
    const parent = tree.parent(current);
    if (!parent) return false;
    if (parent.type === 'ExportDefaultDeclaration') return true;
    if (isCall(parent) && parent.arguments.includes(current as t.Expression)) {
      current = parent;
      continue;
    }
    if (parent.type === 'TSAsExpression' || parent.type === 'TSSatisfiesExpression') {
      current = parent;
      continue;
    }
    break;
  }
  const name =
    fn.type === 'FunctionDeclaration' && fn.id
      ? fn.id.name
      : (() => {
          const p = tree.parent(fn);
          return p?.type === 'VariableDeclarator' && p.id.type === 'Identifier' ? p.id.name : undefined;
        })();
  if (!name) return false;
  for (const stmt of tree.program.body) {
    if (stmt.type === 'ExportDefaultDeclaration') {
      if (mentionsName(stmt.declaration, name)) return true;
    }
    // CommonJS: module.exports = handler
    if (
      stmt.type === 'ExpressionStatement' &&
      stmt.expression.type === 'AssignmentExpression' &&
      stmt.expression.left.type === 'MemberExpression' &&
      stmt.expression.left.object.type === 'Identifier' &&
      stmt.expression.left.object.name === 'module' &&
      mentionsName(stmt.expression.right, name)
    ) {
      return true;
    }
  }
  return false;
}

function mentionsName(node: t.Node, name: string): boolean {
  if (node.type === 'Identifier') return node.name === name;
  if (isCall(node)) return node.arguments.some((a) => mentionsName(a, name));
  if (node.type === 'TSAsExpression') return mentionsName(node.expression, name);
  return false;
}

/** Is `fn` assigned to `module.exports` (CommonJS API route)? */
function isModuleExports(tree: Tree, fn: FunctionNode): boolean {
  let current: t.Node = fn;
  for (;;) {
    const parent = tree.parent(current);
    if (!parent) return false;
    if (isCall(parent) && parent.arguments.includes(current as t.Expression)) {
      current = parent;
      continue;
    }
    return (
      parent.type === 'AssignmentExpression' &&
      parent.left.type === 'MemberExpression' &&
      parent.left.object.type === 'Identifier' &&
      parent.left.object.name === 'module'
    );
  }
}

export function classifyFunction(tree: Tree, filePath: string, fn: FunctionNode): FunctionKind {
  const name = functionName(tree, fn);
  if (name === 'getServerSideProps') return 'getServerSideProps';
  if (name === 'getStaticProps' || name === 'getStaticPaths') return 'getStaticProps';
  if (name === 'getInitialProps') return 'getInitialProps';
  if (isMiddlewarePath(filePath) && (name === 'middleware' || name === 'proxy' || isDefaultExport(tree, fn))) return 'middleware';
  if (isAppRouterPath(filePath) && name && ROUTE_METHODS.has(name)) return 'routeHandler';
  if (isApiRoutePath(filePath) && (isDefaultExport(tree, fn) || isModuleExports(tree, fn))) return 'apiHandler';
  if (isAppRouterPath(filePath)) return 'appRouter';
  return 'other';
}

/** The functions enclosing a node, innermost first. */
export function enclosingFunctions(tree: Tree, node: t.Node): FunctionNode[] {
  const out: FunctionNode[] = [];
  for (const a of tree.ancestors(node)) if (isFunction(a)) out.push(a);
  return out;
}
