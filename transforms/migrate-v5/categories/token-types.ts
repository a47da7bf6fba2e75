import type * as t from '@babel/types';
import { propertyKeyName } from '../../../src/ast/object-properties.js';
import { wrapped } from '../../../src/ast/tree.js';
import type { FileMigration } from '../find/file-migration.js';
import { referencesOf, resolveBinding } from '../find/scope.js';

/**
 * A v5 token string (`getJwtToken()`) was a `string`: the v5 call before it threw when nobody was signed
 * in. Its v6 spelling (`session.tokens?.idToken?.toString()`) is `string | undefined`. In TypeScript, where
 * the code needs a `string` (a `string` parameter, a `string` variable, a header), the read is narrowed by
 * the same throw instead: `if (!token) throw new Error(…)`, so the type is true and signed-out requests
 * fail as they did in v5.
 */
export function replaceTokenRead(ctx: FileMigration, node: t.Node, text: string, message: string): void {
  if (!ctx.isTs || !text.endsWith('.toString()')) {
    ctx.replace(node, text);
    return;
  }
  const tree = ctx.tree;
  const outer = wrapped(tree, node);
  const parent = tree.parent(outer);
  const guard = (name: string) => `if (!${name}) throw new Error(${ctx.quote(message)})${ctx.semi}`;
  // const token = session.getIdToken().getJwtToken(); … callApi(token)
  if (parent?.type === 'VariableDeclarator' && parent.init === outer && parent.id.type === 'Identifier') {
    const decl = tree.parent(parent);
    const stmt = decl && tree.statementOf(decl);
    const id = parent.id;
    const needed = needsString(ctx, outer) || referencesOf(tree, id).some((ref) => needsString(ctx, ref));
    if (decl?.type === 'VariableDeclaration' && decl.kind === 'const' && stmt === decl && tree.statementList(stmt) && needed) {
      ctx.replace(node, text);
      ctx.addSplice(stmt.end!, stmt.end!, `\n${ctx.indentAt(stmt.start!)}${guard(id.name)}`);
      return;
    }
  }
  const stmt = tree.statementOf(node);
  if (needsString(ctx, outer) && tree.statementList(stmt)) {
    // callApi(session.getIdToken().getJwtToken()): the token gets a name and the same guard.
    const name = ctx.uniqueName(text.includes('idToken') ? 'idToken' : 'accessToken');
    const indent = ctx.indentAt(stmt.start!);
    ctx.addSplice(stmt.start!, stmt.start!, `const ${name} = ${text}${ctx.semi}\n${indent}${guard(name)}\n${indent}`);
    ctx.replace(node, name);
    return;
  }
  ctx.replace(node, text);
}

/** Does `expr` sit where TypeScript wants a `string` (as v5 typed the token)? */
function needsString(ctx: FileMigration, expr: t.Node): boolean {
  const tree = ctx.tree;
  const outer = wrapped(tree, expr);
  const parent = tree.parent(outer);
  if (!parent) return false;
  if (parent.type === 'VariableDeclarator' && parent.init === outer) return isStringType(parent.id);
  if (parent.type === 'ObjectProperty' && parent.value === outer) {
    // fetch(url, { headers: { Authorization: token } }): header values are strings.
    const object = tree.parent(parent);
    const holder = object && tree.parent(object);
    return holder?.type === 'ObjectProperty' && propertyKeyName(holder) === 'headers';
  }
  if ((parent.type === 'CallExpression' || parent.type === 'NewExpression') && parent.callee.type === 'Identifier') {
    const index = parent.arguments.indexOf(outer as t.Expression);
    const param = index >= 0 ? localFunctionParams(ctx, parent.callee)?.[index] : undefined;
    return !!param && isStringType(param);
  }
  return false;
}

function isStringType(node: t.Node): boolean {
  const annotation = 'typeAnnotation' in node ? node.typeAnnotation : undefined;
  return (
    !!annotation &&
    annotation.type === 'TSTypeAnnotation' &&
    annotation.typeAnnotation.type === 'TSStringKeyword' &&
    !('optional' in node && node.optional)
  );
}

/** The parameters of a function this file declares under `callee`'s name. */
function localFunctionParams(ctx: FileMigration, callee: t.Identifier): t.Node[] | undefined {
  const binding = resolveBinding(ctx.tree, callee);
  const holder = binding && ctx.tree.parent(binding);
  if (holder?.type === 'FunctionDeclaration' && holder.id === binding) return holder.params;
  if (holder?.type === 'VariableDeclarator' && holder.id === binding && holder.init) {
    const init = holder.init;
    if (init.type === 'ArrowFunctionExpression' || init.type === 'FunctionExpression') return init.params;
  }
  return undefined;
}
