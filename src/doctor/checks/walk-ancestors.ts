import type { Node } from '@babel/types';
import { walk } from '../../ast/walk.js';

/** Visits every node below `root` with its ancestors (outermost first, `root` included). */
export function walkWithAncestors(root: Node, visit: (node: Node, ancestors: readonly Node[]) => void): void {
  const parents = new Map<Node, Node | null>();
  walk(root, (node, parent) => {
    parents.set(node, parent);
    const ancestors: Node[] = [];
    for (let up = parent; up; up = parents.get(up) ?? null) ancestors.unshift(up);
    visit(node, ancestors);
  });
}
