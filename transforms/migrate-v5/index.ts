import type * as t from '@babel/types';
import type { API, FileInfo, Options } from 'jscodeshift';
import { callParent, parseSource, wrapped, type Tree } from './ast.js';
import { planAuth } from './auth.js';
import { configureTodos, findConfigureCalls, hasDefaultAmplifyImport, rewriteConfigure, rewriteLogger } from './configure.js';
import { resolveContext, type ContextPlan } from './context.js';
import { datastoreSsrImportTodos, planDataStore } from './datastore.js';
import { FileContext, type Todo } from './file-context.js';
import { analyzeHelperBody, analyzeUnit, findSsrBindings, ssrReferences, type Op, type Unit, type UnitBody } from './find-units.js';
import { planGraphql, rewriteAuthModesInFile } from './graphql.js';
import { rewriteImports } from './imports.js';
import { rewriteCognitoTypes } from './cognito-types.js';
import type { OpPlan, PlanResult } from './plan.js';
import { todoAt } from './plan.js';
import { REST_METHODS, planRest } from './rest.js';
import { codeSummary, makeItem, noteCode } from './review.js';
import { rewriteUnit } from './rewrite.js';
import { isMiddlewarePath } from './functions.js';
import { planStorage } from './storage.js';
import { nonCallTodo, reexportTodos, testMockTodos } from './special-files.js';
import type { MigrateOptions, MigrateResult, ReviewItem } from './types.js';
import { mayNeedMigration } from './prefilter.js';
import { survivingV5Reads } from './v5-reads.js';
import { referencesOf } from './scope.js';
import { findHelper, HELPER_CATEGORY, helperEscapes, onlyReexports, planHelperCall, reexportedNames, returnsAuthValue, siteOf, type HelperSite } from './cross-file.js';
import { removeStatement } from './text-edits.js';
import { rewriteHelper } from './rewrite-helper.js';

export type { CrossFileFacts, HelperEscape, HelperSpec, MigrateOptions, MigrateResult, ReviewItem } from './types.js';

export { mayNeedMigration } from './prefilter.js';

interface Migratable {
  unit: Unit;
  context: ContextPlan;
  plans: OpPlan[];
}

interface MigratableHelper {
  site: HelperSite;
  unit: UnitBody;
  plans: OpPlan[];
}

function planOp(ctx: FileContext, unit: UnitBody, op: Op): PlanResult {
  const pc = { ctx, unit };
  switch (op.category) {
    case HELPER_CATEGORY:
      return planHelperCall(ctx, op);
    case 'Auth':
      return planAuth(pc, op);
    case 'API':
      if (op.method === 'graphql') return planGraphql(pc, op);
      if (REST_METHODS.has(op.method)) return planRest(pc, op);
      return {
        todos: [
          todoAt(
            ctx,
            op.call,
            'no-server-equivalent',
            op.method === 'cancel' || op.method === 'isCancel'
              ? `API.${op.method} has no v6 equivalent; v6 REST calls return an operation with cancel()`
              : `API.${op.method} has no v6 server equivalent`,
          ),
        ],
      };
    case 'Storage':
      return planStorage(pc, op);
    case 'DataStore':
      return planDataStore(ctx, op);
    default:
      return {
        todos: [todoAt(ctx, op.call, 'no-server-equivalent', `${op.category}.${op.method} has no v6 server API`)],
      };
  }
}

export function migrateSource(source: string, filePath: string, options: MigrateOptions): MigrateResult {
  const noFacts = { escapes: [], helpersMigrated: [], helperCallsMigrated: [], reexports: [], ssrImportsKept: false };
  const unchanged: MigrateResult = { output: source, changed: false, review: [], usesGraphqlClient: false, crossFile: noFacts };
  if (!mayNeedMigration(source) && !options.helpers?.length && !options.ssrModules?.length) return unchanged;
  // A file that does not parse throws (SyntaxError with `loc`): the runner reports it as file:line:col.
  const file: t.File = parseSource(source, filePath);
  const ctx = new FileContext(source, filePath, options, file);
  const tree = ctx.tree;
  const todos: Todo[] = [...datastoreSsrImportTodos(ctx)];
  const bindings = findSsrBindings(ctx);
  todos.push(...reexportTodos(ctx));
  const refs = ssrReferences(ctx, bindings);
  const mockTodos = testMockTodos(ctx, refs);
  const migratable: Migratable[] = [];

  if (mockTodos) {
    todos.push(...mockTodos);
  } else {
    const units: Unit[] = [];
    for (const ref of refs) {
      const c = callParent(tree, ref.node);
      if (c && c.type === 'CallExpression' && wrapped(tree, ref.node) === c.callee) units.push(analyzeUnit(ctx, c));
      else todos.push(nonCallTodo(ctx, ref.node));
    }
    for (const unit of units) {
      if (unit.todos.length) {
        todos.push(...unit.todos);
        continue;
      }
      const restore = ctx.checkpoint();
      const resolved = resolveContext(ctx, unit);
      const plans: OpPlan[] = [];
      const unitTodos: Todo[] = 'todo' in resolved ? [resolved.todo] : [];
      // Calls nested in the arguments of a call whose v6 form drops them (`Auth.userSession(await Auth.currentAuthenticatedUser())`).
      const dropped = unit.ops
        .filter((o) => o.category === 'Auth' && ['userSession', 'userAttributes', 'verifiedContact'].includes(o.method))
        .flatMap((o) => o.call.arguments);
      for (const op of unit.ops) {
        if (dropped.some((a) => tree.contains(a, op.call))) continue;
        const result = planOp(ctx, unit, op);
        if ('todos' in result) unitTodos.push(...result.todos);
        else plans.push(result.plan);
      }
      // Every offending statement of the unit gets its marker; the unit stays v5 as a whole.
      if (unitTodos.length || 'todo' in resolved) {
        restore();
        todos.push(...unitTodos);
        continue;
      }
      // The rewrite must leave no v5-only read on a v6 value: a survivor keeps the unit in v5 with a TODO.
      const probe = ctx.checkpoint();
      const planned = ctx.splices.length;
      for (const p of plans) p.apply?.();
      const survivors = survivingV5Reads(ctx, plans, ctx.splices.slice(planned));
      probe();
      if (survivors.length) {
        restore();
        todos.push(...survivors);
        continue;
      }
      migratable.push({ unit, context: resolved.plan, plans });
    }
  }

  const helpers: MigratableHelper[] = [];
  for (const spec of options.helpers ?? []) {
    const site = findHelper(ctx, spec);
    if (!('fn' in site)) {
      todos.push(site);
      continue;
    }
    const helper = planHelper(ctx, site);
    if ('todos' in helper) todos.push(...helper.todos);
    else helpers.push(helper);
  }

  // Re-exports of withSSRContext: they go once every importer was migrated (the runner says so).
  const ssrLocals = new Set(bindings.filter((b) => !b.namespace).map((b) => b.local.name));
  const reexports: string[] = [];
  let droppedReexports = 0;
  for (let i = todos.length - 1; i >= 0; i--) {
    if (todos[i]!.code !== 'reexport') continue;
    const names = reexportedNames(todos[i]!.node, ssrLocals);
    reexports.push(...names);
    if (options.dropReexports && onlyReexports(todos[i]!.node, names)) {
      removeStatement(ctx, todos[i]!.node);
      todos.splice(i, 1);
      droppedReexports++;
    }
  }

  // Table H/I: configuration.
  const configureCalls = findConfigureCalls(ctx);
  const configTodos = configureTodos(configureCalls);
  todos.push(...configTodos);

  // TODO and NOTE markers first, so statements moved into an operation carry theirs along.
  for (const todo of todos) ctx.todo(todo);
  for (const m of migratable) {
    for (const info of m.context.infos) ctx.note(info.node, info.code, info.reason);
    for (const p of m.plans) for (const info of p.infos) ctx.note(info.node, info.code, info.reason);
  }

  for (const h of helpers) for (const p of h.plans) for (const info of p.infos) ctx.note(info.node, info.code, info.reason);

  for (const m of migratable) {
    rewriteUnit(ctx, m.unit, m.context, m.plans);
    ctx.migratedUnits++;
  }
  for (const h of helpers) {
    rewriteHelper(ctx, h.site, h.unit, h.plans);
    ctx.migratedUnits++;
  }
  ctx.migratedUnits += droppedReexports;
  const inMigratedUnit = (node: t.Node) => migratable.some((m) => tree.contains(m.unit.call, node));
  const crossFile = {
    reexports: [...new Set(reexports)],
    ssrImportsKept: refs.some((r) => r.binding.declaration.type === 'ImportDeclaration' && r.binding.declaration.source.value !== 'aws-amplify' && !inMigratedUnit(r.node)),
    escapes: helperEscapes(ctx),
    helpersMigrated: helpers.map((h) => h.site.spec.name),
    helperCallsMigrated: migratable.flatMap((m) => m.unit.ops.filter((op) => op.category === HELPER_CATEGORY).map((op) => siteOf(op.call))),
  };
  // A v4 default import is fixed in any file: `import { Amplify }` is the same in v5 and required in v6.
  const toV6 = ctx.migratedUnits > 0 || hasDefaultAmplifyImport(ctx);
  const loggerReads = toV6 ? rewriteLogger(ctx) : 0;
  if (toV6) rewriteConfigure(ctx, configureCalls, new Set(configTodos.map((t) => t.node)));
  if (ctx.migratedUnits) {
    const touched = (node: t.Node): boolean => ctx.splices.some((s) => s.start <= node.start! && node.end! <= s.end && s.end > s.start);
    if (ctx.usesGraphqlClient) rewriteAuthModesInFile(ctx, touched);
    rewriteCognitoTypes(ctx, touched);
  }

  const review = dedupeReview([...ctx.review, ...notedEarlier(ctx)]);
  let output = applySplices(source, ctx.splices, ctx.style.eol);
  const unusedImport = bindings.some((b) => !b.namespace && b.declaration.type === 'ImportDeclaration' && referencesOf(tree, b.local).length === 0);
  if (toV6 || loggerReads > 0 || unusedImport) {
    const anchorIndex = anchorImportIndex(ctx, bindings);
    let pass: ReturnType<typeof rewriteImports>;
    try {
      pass = rewriteImports(ctx, output, tree, anchorIndex, { repointTypes: ctx.migratedUnits > 0 });
    } catch (error) {
      // Never write a broken file: an edit that does not parse is an internal error of this transform.
      throw new Error(`migrate-v5 could not rewrite this file safely (${(error as Error).message}); it was left unchanged`);
    }
    output = pass.text;
    if (!ctx.migratedUnits) pass.clientRemains = [];
    const amplifyImports = tree.program.body.filter((s) => s.type === 'ImportDeclaration' && s.source.value === 'aws-amplify');
    for (const remains of pass.clientRemains) {
      const decl = amplifyImports[remains.index];
      if (decl) review.push(clientRemainsItem(source, decl, remains.names));
    }
  } else if (importsRunner(tree)) {
    // v6 code of an earlier run: what it left for a human is still there.
    for (const { decl, names } of v5ClientImports(tree)) review.push(clientRemainsItem(source, decl, names));
  }
  const v6File = ctx.migratedUnits > 0 || importsRunner(tree);
  // Middleware runs on the Edge runtime: the root aws-amplify package does not belong there (pitfall 10).
  if (v6File && isMiddlewarePath(filePath) && /from\s+['"]aws-amplify['"]/.test(output)) {
    const decl = tree.program.body.find((s) => s.type === 'ImportDeclaration' && s.source.value === 'aws-amplify');
    if (decl) {
      review.push(
        makeItem(
          source,
          decl,
          'edge-root-import',
          'middleware still imports the root aws-amplify package; on the Edge runtime import only aws-amplify/auth/server and the runner',
          'info',
        ),
      );
    }
  }
  review.sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
  if (output === source) return { ...unchanged, review, crossFile };
  return { output, changed: true, review, usesGraphqlClient: ctx.usesGraphqlClient && ctx.migratedUnits > 0, crossFile };
}

/** A helper's calls on its SSR parameter, planned like a unit's; any blocker keeps it (and its callers) in v5. */
function planHelper(ctx: FileContext, site: HelperSite): MigratableHelper | { todos: Todo[] } {
  const unit = analyzeHelperBody(ctx, site.fn, site.param, site.spec.passes);
  if (unit.todos.length) return { todos: unit.todos };
  const restore = ctx.checkpoint();
  const plans: OpPlan[] = [];
  const todos: Todo[] = [];
  for (const op of unit.ops) {
    const result = planOp(ctx, unit, op);
    if ('todos' in result) todos.push(...result.todos);
    else plans.push(result.plan);
  }
  const returned = todos.length ? undefined : returnsAuthValue(ctx, site, plans);
  if (returned) todos.push(returned);
  if (!todos.length) {
    const probe = ctx.checkpoint();
    const planned = ctx.splices.length;
    for (const p of plans) p.apply?.();
    todos.push(...survivingV5Reads(ctx, plans, ctx.splices.slice(planned)));
    probe();
  }
  if (todos.length) {
    restore();
    return { todos };
  }
  return { site, unit, plans };
}

function clientRemainsItem(source: string, decl: t.Node, names: string[]): ReviewItem {
  return makeItem(source, decl, 'client-v5-remains', `client-side v5 code remains: ${names.join(', ')} from 'aws-amplify' do not exist in v6`, 'info');
}

/** Info items an earlier run left NOTE markers for, at the statement below each marker. */
function notedEarlier(ctx: FileContext): ReviewItem[] {
  const out: ReviewItem[] = [];
  for (const comment of ctx.tree.file.comments ?? []) {
    if (comment.type !== 'CommentLine') continue;
    const code = noteCode(comment.value);
    if (!code) continue;
    const next = ctx.tree.program.body.length ? statementAfter(ctx, comment.end!) : undefined;
    out.push(makeItem(ctx.source, next ?? comment, code, `${codeSummary(code)} (noted by an earlier run; remove the NOTE line once checked)`, 'info'));
  }
  return out;
}

/** The innermost statement starting after `offset` (the one a marker comment above it is about). */
function statementAfter(ctx: FileContext, offset: number): t.Node | undefined {
  let best: t.Node | undefined;
  for (const node of ctx.tree.all) {
    if (node.start! < offset || !/Statement$|Declaration$/.test(node.type)) continue;
    if (!best || node.start! < best.start!) best = node;
  }
  return best;
}

function importsRunner(tree: Tree): boolean {
  return tree.program.body.some(
    (s) => s.type === 'ImportDeclaration' && s.specifiers.some((sp) => sp.type === 'ImportSpecifier' && sp.imported.type === 'Identifier' && sp.imported.name === 'runWithAmplifyServerContext'),
  );
}

const V5_CATEGORIES = ['API', 'Auth', 'Storage', 'DataStore', 'Analytics', 'PubSub', 'Interactions', 'Predictions'];

function v5ClientImports(tree: Tree): { decl: t.ImportDeclaration; names: string[] }[] {
  const out: { decl: t.ImportDeclaration; names: string[] }[] = [];
  for (const s of tree.program.body) {
    if (s.type !== 'ImportDeclaration' || s.source.value !== 'aws-amplify' || s.importKind === 'type') continue;
    const names = s.specifiers.flatMap((sp) =>
      sp.type === 'ImportSpecifier' && sp.imported.type === 'Identifier' && V5_CATEGORIES.includes(sp.imported.name) ? [sp.imported.name] : [],
    );
    if (names.length) out.push({ decl: s, names });
  }
  return out;
}

function dedupeReview(items: ReviewItem[]): ReviewItem[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const key = `${i.line}:${i.column}:${i.code}:${i.level}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function anchorImportIndex(ctx: FileContext, bindings: { declaration: t.Node }[]): number {
  const amplifyImports = ctx.tree.program.body.filter((s) => s.type === 'ImportDeclaration' && s.source.value === 'aws-amplify');
  for (const b of bindings) {
    const i = amplifyImports.indexOf(b.declaration as t.Statement);
    if (i >= 0) return i;
  }
  return 0;
}

function applySplices(source: string, splices: { start: number; end: number; text: string }[], eol: string): string {
  const sorted = splices
    .map((s, i) => ({ ...s, i }))
    .sort((a, b) => b.start - a.start || b.end - a.end || b.i - a.i);
  let out = source;
  let lastStart = Infinity;
  for (const s of sorted) {
    if (s.end > lastStart) continue; // overlapping edit: keep the outer one already applied
    out = out.slice(0, s.start) + s.text.replace(/\r?\n/g, eol) + out.slice(s.end);
    lastStart = s.start;
  }
  return out;
}

/**
 * jscodeshift-compatible transform (for `jscodeshift -t`): `options.utilsImport` defaults to
 * '@/utils/amplifyServerUtils'. Returns the source unchanged when nothing changes.
 */
/**
 * The transform as a conventional jscodeshift module (`jscodeshift -t`): it builds jscodeshift's AST of every
 * file it is given and looks there for an aws-amplify import, as jscodeshift transforms do, then migrates.
 * amplify-next's own runner skips that work for files whose text cannot hold a site (`mayNeedMigration`).
 */
export default function transformer(file: FileInfo, api: API, options: Options): string {
  const j = api.jscodeshift;
  const root = j(file.source);
  const fromAmplify = (value: unknown) => typeof value === 'string' && AMPLIFY_MODULES.has(value);
  const importsAmplify =
    root.find(j.ImportDeclaration).filter((p) => fromAmplify(p.node.source.value)).size() > 0 ||
    root
      .find(j.CallExpression, { callee: { type: 'Identifier', name: 'require' } })
      .filter((p) => p.node.arguments[0]?.type === 'StringLiteral' && fromAmplify(p.node.arguments[0].value))
      .size() > 0;
  if (!importsAmplify) return file.source;
  const result = migrateSource(file.source, file.path, {
    utilsImport: typeof options.utilsImport === 'string' ? options.utilsImport : '@/utils/amplifyServerUtils',
    amplifyVersion: typeof options.amplifyVersion === 'string' ? options.amplifyVersion : undefined,
  });
  return result.output;
}

const AMPLIFY_MODULES = new Set(['aws-amplify', '@aws-amplify/datastore/ssr']);
