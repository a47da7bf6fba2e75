import type * as t from '@babel/types';
import type { FileMigration, Todo } from '../find/file-migration.js';
import type { Op } from '../find/find-units.js';
import type { ConversionResult } from './op-conversion.js';
import { todoAt } from './op-conversion.js';

const DATASTORE_SERVER_REASON =
  'DataStore has no server API in v6; query the GraphQL API with reqResBasedClient instead (mind _version/_deleted and data.listX.items)';

/** Table G: every `SSR.DataStore.*` call stays v5 with a TODO. */
export function convertDataStore(ctx: FileMigration, op: Op): ConversionResult {
  return { todos: [todoAt(ctx, op.call, 'datastore-server', `DataStore.${op.method}: ${DATASTORE_SERVER_REASON}`)] };
}

/** Table G/I: `import { serializeModel, deserializeModel } from '@aws-amplify/datastore/ssr'`. */
export function datastoreSsrImportTodos(ctx: FileMigration): Todo[] {
  const todos: Todo[] = [];
  for (const stmt of ctx.tree.program.body) {
    if (stmt.type === 'ImportDeclaration' && stmt.source.value === '@aws-amplify/datastore/ssr') {
      todos.push({
        code: 'datastore-ssr-import',
        reason: '@aws-amplify/datastore/ssr (serializeModel/deserializeModel) does not exist in v6; fetch plain GraphQL data instead',
        node: stmt,
      });
    }
  }
  for (const node of ctx.tree.all) {
    if (
      node.type === 'CallExpression' &&
      node.callee.type === 'Identifier' &&
      node.callee.name === 'require' &&
      node.arguments[0]?.type === 'StringLiteral' &&
      node.arguments[0].value === '@aws-amplify/datastore/ssr'
    ) {
      todos.push({
        code: 'datastore-ssr-import',
        reason: '@aws-amplify/datastore/ssr (serializeModel/deserializeModel) does not exist in v6; fetch plain GraphQL data instead',
        node: ctx.tree.statementOf(node as t.Node),
      });
    }
  }
  return todos;
}
