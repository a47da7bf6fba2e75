import type * as t from '@babel/types';
import { isMember, memberName, memberParent, stringValue, unwrap, wrapped } from '../../../src/ast/tree.js';
import { propertyKeyName } from '../../../src/ast/object-properties.js';
import { importedName } from '../../../src/ast/import-statements.js';
import type { FileMigration } from '../find/file-migration.js';
import type { Op } from '../find/find-units.js';
import type { ConversionSite, ConversionResult } from './op-conversion.js';
import { todoAt } from './op-conversion.js';
import { call, obj, raw, type Doc, type Entry } from '../output/print.js';
import { resultReads, resultUse } from '../find/results.js';
import { referencesOf, resolveBinding } from '../find/scope.js';

/** v5 auth mode names → v6 (Table D). */
export const AUTH_MODES: Record<string, string> = {
  API_KEY: 'apiKey',
  AWS_IAM: 'iam',
  AMAZON_COGNITO_USER_POOLS: 'userPool',
  OPENID_CONNECT: 'oidc',
  AWS_LAMBDA: 'lambda',
};

const GRAPHQL_OPERATION_SOURCES = new Set(['aws-amplify', '@aws-amplify/api', '@aws-amplify/api-graphql']);

export function convertGraphql(pc: ConversionSite, op: Op): ConversionResult {
  const { ctx, unit } = pc;
  const tree = ctx.tree;
  // Subscriptions have no server equivalent.
  const outer = wrapped(tree, op.call);
  const direct = memberParent(tree, outer);
  const use = resultUse(tree, op);
  const reads = use.kind === 'decl' || use.kind === 'assign' ? (resultReads(tree, use, unit.fn) ?? []) : [];
  const subscribes =
    (direct && memberName(direct) === 'subscribe') ||
    reads.some((r) => {
      const m = memberParent(tree, r);
      return !!m && memberName(m) === 'subscribe';
    });
  if (subscribes) {
    return {
      todos: [todoAt(ctx, op.call, 'graphql-subscription-server', 'GraphQL subscriptions cannot run on the server in v6')],
    };
  }
  const [options, ...rest] = op.call.arguments;
  if (!options) {
    return { todos: [todoAt(ctx, op.call, 'result-shape', 'API.graphql is called without options')] };
  }
  rewriteAuthModes(ctx, options);
  const client = ctx.importName(ctx.options.utilsImport, 'reqResBasedClient');
  ctx.usesGraphqlClient = true;
  const existingTypeArgs =
    (op.call as { typeParameters?: t.Node | null; typeArguments?: t.Node | null }).typeParameters ??
    (op.call as { typeArguments?: t.Node | null }).typeArguments;
  let typeArgs: string | undefined;
  if (existingTypeArgs) {
    typeArgs = ctx.text(existingTypeArgs);
  } else if (ctx.isTs) {
    // A v5 `GraphQLQuery` import from @aws-amplify/api is re-pointed to aws-amplify/api by the import pass.
    const graphQLQuery =
      ctx.existingImport('@aws-amplify/api', 'GraphQLQuery') ??
      ctx.existingImport('@aws-amplify/api-graphql', 'GraphQLQuery') ??
      ctx.importName('aws-amplify/api', 'GraphQLQuery', true);
    typeArgs = `<${graphQLQuery}<any>>`;
  }
  return {
    plan: {
      op,
      promise: (cs) => {
        const args: Doc[] = [raw(cs), optionsDoc(ctx, options), ...rest.map((r) => ctx.doc(r))];
        return call(`${client}.graphql`, args, typeArgs);
      },
      infos: [],
    },
  };
}

/** `graphqlOperation(q, vars, token)` → `{ query: q, variables: vars, authToken: token }`; else the object as written. */
function optionsDoc(ctx: FileMigration, options: t.Node): Doc {
  const o = unwrap(options);
  if (o.type === 'CallExpression' && o.callee.type === 'Identifier' && isGraphqlOperation(ctx, o.callee)) {
    const [query, variables, authToken] = o.arguments;
    const entries: Entry[] = [];
    if (query) entries.push(ctx.entry('query', query));
    if (variables) entries.push(ctx.entry('variables', variables));
    if (authToken) entries.push(ctx.entry('authToken', authToken));
    ctx.extractSplices(options.start!, options.end!);
    return obj(entries);
  }
  return ctx.doc(options);
}

function isGraphqlOperation(ctx: FileMigration, id: t.Identifier): boolean {
  const binding = resolveBinding(ctx.tree, id);
  if (!binding) return id.name === 'graphqlOperation';
  const spec = ctx.tree.parent(binding);
  if (spec?.type === 'ImportSpecifier') {
    const decl = ctx.tree.parent(spec);
    const imported = importedName(spec);
    return imported === 'graphqlOperation' && decl?.type === 'ImportDeclaration' && GRAPHQL_OPERATION_SOURCES.has(decl.source.value);
  }
  return false;
}

/** v5 auth mode value → v6 string, for a literal or `GRAPHQL_AUTH_MODE.X`. */
export function v6AuthMode(node: t.Node): string | undefined {
  const n = unwrap(node);
  const literal = stringValue(n);
  if (literal !== undefined) return AUTH_MODES[literal];
  if (isMember(n) && n.object.type === 'Identifier' && /AUTH_MODE|AuthMode|AUTH_TYPE/.test(n.object.name)) {
    const name = memberName(n);
    return name ? AUTH_MODES[name] : undefined;
  }
  return undefined;
}

/** Rewrites `authMode: 'API_KEY'` / `GRAPHQL_AUTH_MODE.API_KEY` under `root`. */
export function rewriteAuthModes(ctx: FileMigration, root: t.Node): void {
  for (const node of ctx.tree.descendants(root)) {
    if (node.type !== 'ObjectProperty' || propertyKeyName(node) !== 'authMode') continue;
    rewriteAuthModeValue(ctx, node.value);
  }
}

const rewritten = new WeakSet<t.Node>();

function rewriteAuthModeValue(ctx: FileMigration, value: t.Node): void {
  const v = unwrap(value);
  if (rewritten.has(v)) return;
  const mode = v6AuthMode(v);
  if (mode) {
    rewritten.add(v);
    ctx.replace(v, ctx.quote(mode));
    return;
  }
  if (v.type === 'ConditionalExpression') {
    rewriteAuthModeValue(ctx, v.consequent);
    rewriteAuthModeValue(ctx, v.alternate);
  }
}

/** Client code that still calls v5 `API.graphql(...)` keeps its v5 auth mode names. */
function insideV5GraphqlCall(ctx: FileMigration, node: t.Node): boolean {
  for (const a of ctx.tree.ancestors(node)) {
    if (a.type === 'CallExpression' && isMember(a.callee) && memberName(a.callee) === 'graphql') return true;
  }
  return false;
}

function isV5LiteralType(node: t.Node): boolean {
  return node.type === 'TSLiteralType' && node.literal.type === 'StringLiteral' && !!AUTH_MODES[node.literal.value];
}

/** v5 mode string literals in an expression's possible values (`a ? 'AWS_IAM' : b`, `x ?? 'API_KEY'`). */
function rewriteModeLiterals(ctx: FileMigration, expr: t.Node): void {
  const e = unwrap(expr);
  if (e.type === 'ConditionalExpression') {
    rewriteModeLiterals(ctx, e.consequent);
    rewriteModeLiterals(ctx, e.alternate);
  } else if (e.type === 'LogicalExpression') {
    rewriteModeLiterals(ctx, e.left);
    rewriteModeLiterals(ctx, e.right);
  } else if (e.type === 'StringLiteral' && AUTH_MODES[e.value] && !rewritten.has(e)) {
    rewritten.add(e);
    ctx.replace(e, ctx.quote(AUTH_MODES[e.value]));
  }
}

/**
 * File-wide, once a GraphQL call was migrated: other `authMode: 'AWS_IAM'` properties and TS literal types
 * of the v5 names (`authMode: 'AWS_IAM' | 'AMAZON_COGNITO_USER_POOLS'`) become the v6 names.
 */
export function rewriteAuthModesInFile(ctx: FileMigration, skip: (node: t.Node) => boolean): void {
  // Type aliases whose literal types carry v5 names: values typed with them are v5 names too.
  const aliases = new Set<string>();
  for (const node of ctx.tree.all) {
    if (node.type === 'TSTypeAliasDeclaration' && ctx.tree.descendants(node.typeAnnotation).some(isV5LiteralType))
      aliases.add(node.id.name);
  }
  // Variables that hold a mode: typed with the v5 names, or passed as `authMode` (`{ query, authMode }`).
  const modeVariables = new Set<t.Identifier>();
  for (const node of ctx.tree.all) {
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.id.typeAnnotation?.type === 'TSTypeAnnotation') {
      const annotation = node.id.typeAnnotation.typeAnnotation;
      const typed =
        (annotation.type === 'TSTypeReference' && annotation.typeName.type === 'Identifier' && aliases.has(annotation.typeName.name)) ||
        ctx.tree.descendants(annotation).some(isV5LiteralType);
      if (typed) modeVariables.add(node.id);
    }
    // (a property inside a planned edit belongs to a migrated call)
    if (node.type === 'ObjectProperty' && propertyKeyName(node) === 'authMode' && (skip(node) || !insideV5GraphqlCall(ctx, node))) {
      const v = unwrap(node.value);
      const binding = v.type === 'Identifier' ? resolveBinding(ctx.tree, v) : undefined;
      if (binding) modeVariables.add(binding);
    }
  }
  for (const id of modeVariables) {
    const declarator = ctx.tree.parent(id);
    if (declarator?.type === 'VariableDeclarator' && declarator.id === id && declarator.init && !skip(declarator.init)) {
      rewriteModeLiterals(ctx, declarator.init);
    }
    for (const ref of referencesOf(ctx.tree, id)) {
      const assignment = ctx.tree.parent(ref);
      if (assignment?.type === 'AssignmentExpression' && assignment.left === ref && !skip(assignment.right))
        rewriteModeLiterals(ctx, assignment.right);
    }
  }
  for (const node of ctx.tree.all) {
    if (skip(node)) continue;
    if (node.type === 'ObjectProperty' && propertyKeyName(node) === 'authMode' && !insideV5GraphqlCall(ctx, node)) {
      const v = unwrap(node.value);
      if (!rewritten.has(v) && v6AuthMode(v) && !skip(v)) {
        rewritten.add(v);
        ctx.replace(v, ctx.quote(v6AuthMode(v)!));
      }
    } else if (node.type === 'TSLiteralType' && node.literal.type === 'StringLiteral' && AUTH_MODES[node.literal.value]) {
      if (!rewritten.has(node.literal)) {
        rewritten.add(node.literal);
        ctx.replace(node.literal, ctx.quote(AUTH_MODES[node.literal.value]));
      }
    }
  }
}
