import type { CallExpression, File, Node } from '@babel/types';

/** Keys of babel nodes that never hold child nodes we want to visit (comments are reached via `File.comments`). */
const NON_CHILD_KEYS = new Set([
  'type',
  'start',
  'end',
  'loc',
  'range',
  'extra',
  'comments',
  'tokens',
  'leadingComments',
  'trailingComments',
  'innerComments',
]);

export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Calls `visit` on each child node of `node`, in the order of its keys. */
export function forEachChild(node: Node, visit: (child: Node) => void): void {
  for (const key of Object.keys(node)) {
    if (NON_CHILD_KEYS.has(key)) continue;
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) visit(item);
    } else if (isNode(value)) {
      visit(value);
    }
  }
}

/** The child nodes of `node` in source order. */
export function childrenOf(node: Node): Node[] {
  const out: Node[] = [];
  forEachChild(node, (child) => out.push(child));
  // Shorthand object properties share positions between key and value: keep both, key first.
  return out.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
}

/**
 * Visits `node` and every node below it, parents first. Returning `false` from `visit` skips the
 * children of that node.
 */
export function walk(node: Node, visit: (node: Node, parent: Node | null) => void | false, parent: Node | null = null): void {
  if (visit(node, parent) === false) return;
  forEachChild(node, (child) => walk(child, visit, node));
}

/** Every node below `root` (itself included) that satisfies `test`. */
export function findAll<T extends Node>(root: Node, test: (node: Node) => node is T): T[] {
  const found: T[] = [];
  walk(root, (node) => {
    if (test(node)) found.push(node);
  });
  return found;
}

/** Every call of the plain function named `calleeName` anywhere in the file. */
export function callsOf(ast: File, calleeName: string): CallExpression[] {
  return findAll(
    ast.program,
    (node): node is CallExpression =>
      node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === calleeName,
  );
}

/**
 * `walk` that gives each node its ancestors, outermost first (`root` first, the parent last). The array is
 * the walk's own stack: a visitor that keeps it must copy it.
 */
export function walkWithAncestors(root: Node, visit: (node: Node, ancestors: readonly Node[]) => void): void {
  const ancestors: Node[] = [];
  const visitNode = (node: Node): void => {
    visit(node, ancestors);
    ancestors.push(node);
    forEachChild(node, visitNode);
    ancestors.pop();
  };
  visitNode(root);
}
