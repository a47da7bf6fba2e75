import type * as t from '@babel/types';
import { childrenOf } from './walk.js';

/** The AST of one file with parent links and text helpers. */
export class Tree {
  readonly parents = new Map<t.Node, t.Node>();
  readonly all: t.Node[] = [];
  private identifiersByName?: Map<string, t.Identifier[]>;

  constructor(
    readonly source: string,
    readonly file: t.File,
  ) {
    const stack: t.Node[] = [file];
    while (stack.length) {
      const node = stack.pop()!;
      this.all.push(node);
      const kids = childrenOf(node);
      for (let i = kids.length - 1; i >= 0; i--) {
        this.parents.set(kids[i], node);
        stack.push(kids[i]);
      }
    }
  }

  get program(): t.Program {
    return this.file.program;
  }

  /** Every Identifier node named `name`, in source order (the order of `all`). */
  identifiers(name: string): readonly t.Identifier[] {
    if (this.identifiersByName === undefined) {
      this.identifiersByName = new Map();
      for (const node of this.all) {
        if (node.type !== 'Identifier') continue;
        const named = this.identifiersByName.get(node.name);
        if (named) named.push(node);
        else this.identifiersByName.set(node.name, [node]);
      }
    }
    return this.identifiersByName.get(name) ?? [];
  }

  parent(node: t.Node): t.Node | undefined {
    return this.parents.get(node);
  }

  *ancestors(node: t.Node): Generator<t.Node> {
    let current = this.parents.get(node);
    while (current) {
      yield current;
      current = this.parents.get(current);
    }
  }

  text(node: t.Node): string {
    return this.source.slice(node.start!, node.end!);
  }

  /** All nodes under `root` (inclusive), in source order. */
  descendants(root: t.Node): t.Node[] {
    const out: t.Node[] = [];
    const stack: t.Node[] = [root];
    while (stack.length) {
      const node = stack.pop()!;
      out.push(node);
      const kids = childrenOf(node);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
    return out;
  }

  contains(outer: t.Node, inner: t.Node): boolean {
    return outer.start! <= inner.start! && inner.end! <= outer.end!;
  }

  /** Nearest enclosing function of a node (not the node itself). */
  enclosingFunction(node: t.Node): FunctionNode | undefined {
    for (const a of this.ancestors(node)) if (isFunction(a)) return a;
    return undefined;
  }

  /**
   * The statement a node belongs to, as a line of code: the nearest ancestor that sits directly in a
   * statement list (or is the body of an if/loop), with `export` wrappers included.
   */
  statementOf(node: t.Node): t.Statement {
    let current: t.Node = node;
    for (;;) {
      const parent = this.parents.get(current);
      if (!parent) return current as t.Statement;
      if (isStatementList(parent)) return current as t.Statement;
      if (
        (parent.type === 'IfStatement' && (parent.consequent === current || parent.alternate === current)) ||
        (isLoop(parent) && (parent as { body: t.Node }).body === current) ||
        (parent.type === 'LabeledStatement' && parent.body === current)
      ) {
        return current as t.Statement;
      }
      current = parent;
    }
  }

  /** The statement list (BlockStatement/Program/...) that contains `stmt`, and its array. */
  statementList(stmt: t.Node): t.Statement[] | undefined {
    const parent = this.parents.get(stmt);
    if (!parent) return undefined;
    if (parent.type === 'Program' || parent.type === 'BlockStatement' || parent.type === 'StaticBlock') return parent.body;
    if (parent.type === 'SwitchCase') return parent.consequent;
    if (parent.type === 'TSModuleBlock') return parent.body;
    return undefined;
  }
}

export type FunctionNode =
  t.FunctionDeclaration | t.FunctionExpression | t.ArrowFunctionExpression | t.ObjectMethod | t.ClassMethod | t.ClassPrivateMethod;

export function isFunction(node: t.Node): node is FunctionNode {
  return (
    node.type === 'FunctionDeclaration' ||
    node.type === 'FunctionExpression' ||
    node.type === 'ArrowFunctionExpression' ||
    node.type === 'ObjectMethod' ||
    node.type === 'ClassMethod' ||
    node.type === 'ClassPrivateMethod'
  );
}

export function isLoop(node: t.Node): boolean {
  return (
    node.type === 'ForStatement' ||
    node.type === 'ForInStatement' ||
    node.type === 'ForOfStatement' ||
    node.type === 'WhileStatement' ||
    node.type === 'DoWhileStatement'
  );
}

export function isStatementList(node: t.Node): boolean {
  return (
    node.type === 'Program' ||
    node.type === 'BlockStatement' ||
    node.type === 'StaticBlock' ||
    node.type === 'SwitchCase' ||
    node.type === 'TSModuleBlock'
  );
}

/** Type-only wrappers and non-null assertions around an expression. */
export function isTransparentWrapper(node: t.Node): boolean {
  return (
    node.type === 'TSAsExpression' ||
    node.type === 'TSNonNullExpression' ||
    node.type === 'TSSatisfiesExpression' ||
    node.type === 'TSTypeAssertion' ||
    node.type === 'ParenthesizedExpression' ||
    node.type === 'TypeCastExpression'
  );
}

/** Strips casts (`x as any`, `x!`, `<T>x`, parentheses). */
export function unwrap(node: t.Node): t.Node {
  let current = node;
  while (isTransparentWrapper(current)) current = (current as { expression: t.Node }).expression;
  return current;
}

/** Climbs from `node` through cast wrappers; returns the outermost wrapper (or the node itself). */
export function wrapped(tree: Tree, node: t.Node): t.Node {
  let current = node;
  for (;;) {
    const parent = tree.parent(current);
    if (parent && isTransparentWrapper(parent) && (parent as { expression: t.Node }).expression === current) {
      current = parent;
    } else {
      return current;
    }
  }
}

export type MemberLike = t.MemberExpression | t.OptionalMemberExpression;
export type CallLike = t.CallExpression | t.OptionalCallExpression;

export function isMember(node: t.Node | null | undefined): node is MemberLike {
  return !!node && (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression');
}

export function isCall(node: t.Node | null | undefined): node is CallLike {
  return !!node && (node.type === 'CallExpression' || node.type === 'OptionalCallExpression');
}

/** Static property name of a member expression (`a.b`, `a['b']`), or undefined when dynamic. */
export function memberName(node: MemberLike): string | undefined {
  const prop = node.property;
  if (!node.computed && prop.type === 'Identifier') return prop.name;
  if (node.computed && prop.type === 'StringLiteral') return prop.value;
  return undefined;
}

/** `node` is `parent.<name>` where parent is the object of a member expression: returns that member. */
export function memberParent(tree: Tree, node: t.Node): MemberLike | undefined {
  const outer = wrapped(tree, node);
  const parent = tree.parent(outer);
  if (isMember(parent) && parent.object === outer) return parent;
  return undefined;
}

/** `node` is the callee of a call: returns the call. */
export function callParent(tree: Tree, node: t.Node): CallLike | undefined {
  const outer = wrapped(tree, node);
  const parent = tree.parent(outer);
  if (isCall(parent) && parent.callee === outer) return parent;
  return undefined;
}

export function stringValue(node: t.Node | null | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === 'StringLiteral') return n.value;
  if (n.type === 'TemplateLiteral' && n.expressions.length === 0) return n.quasis[0].value.cooked ?? undefined;
  return undefined;
}

/** Identifiers bound by a pattern (`a`, `{ a, b: c }`, `[a, ...r]`, `a = 1`). */
export function patternIdentifiers(pattern: t.Node | null | undefined): t.Identifier[] {
  const out: t.Identifier[] = [];
  const visit = (p: t.Node | null | undefined): void => {
    if (!p) return;
    switch (p.type) {
      case 'Identifier':
        out.push(p);
        break;
      case 'ObjectPattern':
        for (const prop of p.properties) {
          if (prop.type === 'RestElement') visit(prop.argument);
          else visit(prop.value);
        }
        break;
      case 'ArrayPattern':
        for (const el of p.elements) visit(el);
        break;
      case 'AssignmentPattern':
        visit(p.left);
        break;
      case 'RestElement':
        visit(p.argument);
        break;
      case 'TSParameterProperty':
        visit(p.parameter);
        break;
      default:
        break;
    }
  };
  visit(pattern);
  return out;
}
