import type * as t from '@babel/types';
import { isCall, isMember, memberName, stringValue, unwrap } from '../../../src/ast/tree.js';
import { propertyKeyName } from '../../../src/ast/object-properties.js';
import type { FileMigration, Todo } from './file-migration.js';
import type { SsrReference } from './find-units.js';
import { isTestPath } from './functions.js';

const REEXPORT_REASON =
  'this module re-exports withSSRContext; every importer of it is a migration site and must call runWithAmplifyServerContext instead';

/** A20: `export { withSSRContext } from 'aws-amplify'`. */
export function reexportTodos(ctx: FileMigration): Todo[] {
  const todos: Todo[] = [];
  for (const stmt of ctx.tree.program.body) {
    if ((stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportAllDeclaration') && stmt.source?.value === 'aws-amplify') {
      const names =
        stmt.type === 'ExportNamedDeclaration' ? stmt.specifiers.map((s) => (s.type === 'ExportSpecifier' ? s.local.name : '')) : ['*'];
      if (names.includes('withSSRContext') || names.includes('*')) {
        todos.push({ code: 'reexport', reason: REEXPORT_REASON, node: stmt });
      }
    }
  }
  return todos;
}

/** A reference to withSSRContext that is not a call: re-export, type alias, alias, or passing it around. */
export function nonCallTodo(ctx: FileMigration, ref: t.Node): Todo {
  const tree = ctx.tree;
  const stmt = tree.statementOf(ref);
  let parent = tree.parent(ref);
  while (parent && (parent.type === 'TSAsExpression' || parent.type === 'TSSatisfiesExpression')) parent = tree.parent(parent);
  if (parent?.type === 'ExportSpecifier' || stmt.type === 'ExportDefaultDeclaration') {
    return { code: 'reexport', reason: REEXPORT_REASON, node: stmt };
  }
  if (parent?.type === 'VariableDeclarator' && stmt.type === 'ExportNamedDeclaration') {
    return { code: 'reexport', reason: REEXPORT_REASON, node: stmt };
  }
  if (
    stmt.type === 'ExpressionStatement' &&
    stmt.expression.type === 'AssignmentExpression' &&
    /module\.exports|exports\./.test(ctx.text(stmt.expression.left))
  ) {
    return { code: 'reexport', reason: REEXPORT_REASON, node: stmt };
  }
  for (const a of tree.ancestors(ref)) {
    if (a.type === 'TSTypeQuery' || a.type === 'TSTypeAliasDeclaration') {
      return {
        code: 'ssr-context-escapes',
        reason: 'a reusable type of the v5 SSR instance; v6 context exists only inside runWithAmplifyServerContext',
        node: stmt,
      };
    }
  }
  return {
    code: 'ssr-context-escapes',
    reason: 'withSSRContext itself is passed around or aliased; follow the alias and migrate its calls by hand',
    node: stmt,
  };
}

function isMockCall(node: t.Node): node is t.CallExpression {
  if (!isCall(node) || !isMember(node.callee)) return false;
  const object = unwrap(node.callee.object);
  const method = memberName(node.callee);
  return object.type === 'Identifier' && (object.name === 'jest' || object.name === 'vi') && (method === 'mock' || method === 'doMock');
}

function mentionsWithSsrContext(ctx: FileMigration, node: t.Node): boolean {
  return ctx.tree
    .descendants(node)
    .some(
      (n) =>
        (n.type === 'ObjectProperty' && propertyKeyName(n) === 'withSSRContext') ||
        (n.type === 'Identifier' && n.name === 'withSSRContext'),
    );
}

const MOCK_REASON = 'tests mock v5 withSSRContext; mock @/utils/amplifyServerUtils and aws-amplify/auth/server instead';

/**
 * A18: test files. Returns the TODOs for a file that mocks withSSRContext (then nothing in it is migrated),
 * or undefined for a normal file.
 */
export function testMockTodos(ctx: FileMigration, refs: SsrReference[]): Todo[] | undefined {
  const tree = ctx.tree;
  const todos: Todo[] = [];
  for (const node of tree.all) {
    if (isMockCall(node) && stringValue(node.arguments[0]) === 'aws-amplify') {
      const factory = node.arguments[1];
      if (!factory || mentionsWithSsrContext(ctx, factory) || refs.length) {
        todos.push({ code: 'test-mock', reason: MOCK_REASON, node: tree.statementOf(node) });
      }
    }
  }
  const testFile = isTestPath(ctx.filePath);
  if (testFile) {
    for (const ref of refs) todos.push({ code: 'test-mock', reason: MOCK_REASON, node: tree.statementOf(ref.node) });
    // __mocks__/aws-amplify.js: a manual mock that defines withSSRContext.
    if (/(^|[\\/])__mocks__[\\/]aws-amplify\.(m|c)?[jt]sx?$/.test(ctx.filePath)) {
      for (const node of tree.all) {
        if (
          (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.id.name === 'withSSRContext') ||
          (node.type === 'FunctionDeclaration' && node.id?.name === 'withSSRContext') ||
          (node.type === 'ObjectProperty' && propertyKeyName(node) === 'withSSRContext')
        ) {
          todos.push({ code: 'test-mock', reason: MOCK_REASON, node: tree.statementOf(node) });
        }
      }
    }
  }
  if (!todos.length) return testFile && refs.length ? [] : undefined;
  const seen = new Set<t.Node>();
  return todos.filter((t) => (seen.has(t.node) ? false : (seen.add(t.node), true)));
}
