import type { Node } from '@babel/types';

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

/**
 * Visits `node` and every node below it, parents first. Returning `false` from `visit` skips the
 * children of that node.
 */
export function walk(node: Node, visit: (node: Node, parent: Node | null) => void | false, parent: Node | null = null): void {
  if (visit(node, parent) === false) return;
  for (const key of Object.keys(node)) {
    if (NON_CHILD_KEYS.has(key)) continue;
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) walk(item, visit, node);
    } else if (isNode(value)) {
      walk(value, visit, node);
    }
  }
}

/** Every node below `root` (itself included) that satisfies `test`. */
export function findAll<T extends Node>(root: Node, test: (node: Node) => node is T): T[] {
  const found: T[] = [];
  walk(root, (node) => {
    if (test(node)) found.push(node);
  });
  return found;
}
