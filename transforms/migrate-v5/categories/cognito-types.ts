import type * as t from '@babel/types';
import type { FileMigration } from '../find/file-migration.js';
import { importedName } from '../../../src/ast/import-statements.js';

/** v5 typings → v6 (Table C last row). */
const TYPE_MAP: Record<string, string> = { CognitoUser: 'AuthUser', CognitoUserSession: 'AuthSession' };
const SOURCES = new Set(['amazon-cognito-identity-js', '@aws-amplify/auth']);

/**
 * In a migrated file, `CognitoUser` / `CognitoUserSession` type references imported from
 * amazon-cognito-identity-js or @aws-amplify/auth become `AuthUser` / `AuthSession` from 'aws-amplify/auth'.
 */
export function rewriteCognitoTypes(ctx: FileMigration, skip: (node: t.Node) => boolean): void {
  const locals = new Map<string, string>();
  for (const stmt of ctx.tree.program.body) {
    if (stmt.type !== 'ImportDeclaration' || !SOURCES.has(stmt.source.value)) continue;
    for (const s of stmt.specifiers) {
      if (s.type !== 'ImportSpecifier') continue;
      const imported = importedName(s);
      if (TYPE_MAP[imported]) locals.set(s.local.name, TYPE_MAP[imported]);
    }
  }
  if (!locals.size || !ctx.isTs) return;
  for (const node of ctx.tree.all) {
    if (node.type !== 'TSTypeReference' || node.typeName.type !== 'Identifier') continue;
    const v6 = locals.get(node.typeName.name);
    if (!v6 || skip(node)) continue;
    const local = ctx.importName('aws-amplify/auth', v6, true);
    ctx.replace(node.typeName, local);
  }
}
