import type * as t from '@babel/types';
import { isMember, memberName, unwrap } from '../../../src/ast/tree.js';
import { propertyKeyName } from '../../../src/ast/object-properties.js';
import { importedName } from '../../../src/ast/import-statements.js';
import type { FileMigration, Todo } from '../find/file-migration.js';
import { isApiRoutePath, isAppRouterPath, isMiddlewarePath } from '../find/functions.js';
import { resolveBinding } from '../find/scope.js';

/** Local names bound to the v5 `Amplify` object: `import { Amplify }`, `import Amplify`, `require(...)`. */
function amplifyLocals(ctx: FileMigration): Set<t.Identifier> {
  const out = new Set<t.Identifier>();
  for (const stmt of ctx.tree.program.body) {
    if (stmt.type !== 'ImportDeclaration' || stmt.source.value !== 'aws-amplify') continue;
    for (const s of stmt.specifiers) {
      if (s.type === 'ImportDefaultSpecifier') out.add(s.local);
      if (s.type === 'ImportSpecifier') {
        const imported = importedName(s);
        if (imported === 'Amplify') out.add(s.local);
      }
    }
  }
  return out;
}

export interface ConfigureCall {
  call: t.CallExpression;
  stmt: t.Statement;
  config: t.ObjectExpression | undefined;
  moduleScope: boolean;
}

export function findConfigureCalls(ctx: FileMigration): ConfigureCall[] {
  const locals = amplifyLocals(ctx);
  if (locals.size === 0) return [];
  const out: ConfigureCall[] = [];
  for (const node of ctx.tree.all) {
    if (node.type !== 'CallExpression' || !isMember(node.callee) || memberName(node.callee) !== 'configure') continue;
    const object = unwrap(node.callee.object);
    if (object.type !== 'Identifier') continue;
    const binding = resolveBinding(ctx.tree, object);
    if (!binding || !locals.has(binding)) continue;
    const arg = node.arguments[0] ? unwrap(node.arguments[0]) : undefined;
    out.push({
      call: node,
      stmt: ctx.tree.statementOf(node),
      config: arg?.type === 'ObjectExpression' ? arg : undefined,
      moduleScope: !ctx.tree.enclosingFunction(node),
    });
  }
  return out;
}

function prop(obj: t.ObjectExpression, key: string): t.ObjectProperty | undefined {
  return obj.properties.find((p) => p.type === 'ObjectProperty' && propertyKeyName(p) === key) as t.ObjectProperty | undefined;
}

/** Keys v6 moved out of the resource config (library options or other APIs). */
function movedKeys(config: t.ObjectExpression): string[] {
  const out: string[] = [];
  if (prop(config, 'DataStore')) out.push('DataStore');
  const auth = prop(config, 'Auth');
  const authValue = auth && unwrap(auth.value);
  if (authValue?.type === 'ObjectExpression' && prop(authValue, 'cookieStorage')) out.push('Auth.cookieStorage');
  const api = prop(config, 'API');
  const apiValue = api && unwrap(api.value);
  if (apiValue?.type === 'ObjectExpression' && prop(apiValue, 'graphql_headers')) out.push('API.graphql_headers');
  return out;
}

/** Table I `configure-options`: emitted whether or not the file is migrated. */
export function configureTodos(calls: ConfigureCall[]): Todo[] {
  const todos: Todo[] = [];
  for (const c of calls) {
    if (!c.config) continue;
    const moved = movedKeys(c.config);
    if (moved.length) {
      todos.push({
        code: 'configure-options',
        reason: `${moved.join(', ')} in Amplify.configure moved in v6 (library options / DataStore.configure); ssr goes in the second argument`,
        node: c.stmt,
      });
    }
  }
  return todos;
}

/**
 * Table H: `Amplify.configure({ ...config, ssr: true })` → `Amplify.configure(config, { ssr: true })`, only in
 * files where an SSR unit was migrated; plus the server-module info.
 */
export function rewriteConfigure(ctx: FileMigration, calls: ConfigureCall[], blocked: Set<t.Node>): void {
  const serverOnly = isServerOnlyFile(ctx);
  for (const c of calls) {
    if (serverOnly && c.moduleScope) {
      ctx.note(
        c.stmt,
        'server-module-configure',
        'Amplify.configure in a server-only module does not configure runWithAmplifyServerContext; server calls get their config from createServerRunner',
      );
    }
    if (!c.config || blocked.has(c.stmt) || c.call.arguments.length > 1) continue;
    const ssr = prop(c.config, 'ssr');
    const ssrValue = ssr && unwrap(ssr.value);
    if (!ssr || ssrValue?.type !== 'BooleanLiteral' || !ssrValue.value) continue;
    const others = c.config.properties.filter((p) => p !== ssr);
    const ssrOptions = `{ ssr: true }`;
    let first: string;
    if (others.length === 1 && others[0].type === 'SpreadElement') {
      first = ctx.text(others[0].argument);
    } else {
      const items = others.map((p) => ctx.text(p));
      const multiline = ctx.source.slice(c.config.start!, c.config.end!).includes('\n');
      if (multiline) {
        const indent = ctx.indentAt(c.config.start!);
        const inner = ctx.indentAt(c.config.properties[0].start!);
        first = `{\n${items.map((i) => `${inner}${i},`).join('\n')}\n${indent}}`;
        if (!ctx.trailingComma) first = first.replace(/,\n(?=[^\n]*$)/, '\n');
      } else {
        first = `{ ${items.join(', ')} }`;
      }
    }
    ctx.replace(c.config, `${first}, ${ssrOptions}`);
  }
}

export function isServerOnlyFile(ctx: FileMigration): boolean {
  if (isApiRoutePath(ctx.filePath) || isMiddlewarePath(ctx.filePath)) return true;
  if (!isAppRouterPath(ctx.filePath)) return false;
  const first = ctx.tree.program.directives?.[0];
  return !(first && first.value.value === 'use client');
}

/** `import Amplify from 'aws-amplify'` (v4 code): the import pass turns it into `import { Amplify }`. */
export function hasDefaultAmplifyImport(ctx: FileMigration): boolean {
  return ctx.tree.program.body.some(
    (stmt) =>
      stmt.type === 'ImportDeclaration' &&
      stmt.source.value === 'aws-amplify' &&
      stmt.specifiers.some((s) => s.type === 'ImportDefaultSpecifier'),
  );
}

/**
 * `Amplify.Logger` (v5: the ConsoleLogger class; v6 Amplify has no Logger, so `Amplify.Logger.LOG_LEVEL = …`
 * throws at module load) → `ConsoleLogger` from aws-amplify/utils. Returns how many reads were rewritten.
 */
export function rewriteLogger(ctx: FileMigration): number {
  const locals = amplifyLocals(ctx);
  let count = 0;
  if (locals.size === 0) return count;
  for (const node of ctx.tree.all) {
    if (!isMember(node) || memberName(node) !== 'Logger') continue;
    const object = unwrap(node.object);
    if (object.type !== 'Identifier') continue;
    const binding = resolveBinding(ctx.tree, object);
    if (!binding || !locals.has(binding)) continue;
    ctx.replace(node, ctx.importName('aws-amplify/utils', 'ConsoleLogger'));
    count++;
  }
  return count;
}
