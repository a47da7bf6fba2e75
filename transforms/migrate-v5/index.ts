import type * as t from '@babel/types';
import type { API, FileInfo, Options } from 'jscodeshift';
import { callParent, type Tree, wrapped } from '../../src/ast/tree.js';
import { parseLikeJscodeshift } from '../../src/ast/parse.js';
import { applySplices } from '../../src/ast/splices.js';
import { convertAuth } from './categories/auth.js';
import { configureTodos, findConfigureCalls, hasDefaultAmplifyImport, rewriteConfigure, rewriteLogger } from './categories/configure.js';
import { resolveServerContext, type ServerContextSource } from './find/server-context.js';
import { datastoreSsrImportTodos, convertDataStore } from './categories/datastore.js';
import { FileMigration, type Todo } from './find/file-migration.js';
import { analyzeHelperBody, analyzeUnit, findSsrBindings, ssrReferences, type Op, type Unit, type UnitBody } from './find/find-units.js';
import { convertGraphql, rewriteAuthModesInFile } from './categories/graphql.js';
import { rewriteImports } from './output/import-pass.js';
import { rewriteCognitoTypes } from './categories/cognito-types.js';
import type { OpConversion, ConversionResult } from './categories/op-conversion.js';
import { todoAt } from './categories/op-conversion.js';
import { REST_METHODS, convertRest } from './categories/rest.js';
import { codeSummary, makeItem, noteCode } from './output/review.js';
import { rewriteUnit } from './output/rewrite.js';
import { isMiddlewarePath } from './find/functions.js';
import { convertStorage } from './categories/storage.js';
import { nonCallTodo, reexportTodos, testMockTodos } from './find/special-files.js';
import type { MigrateOptions, MigrateResult, ReviewItem } from './migrate-result.js';
import { mayNeedMigration } from './find/prefilter.js';
import { survivingV5Reads } from './find/v5-reads.js';
import { referencesOf } from './find/scope.js';
import {
  findHelper,
  HELPER_CATEGORY,
  helperEscapes,
  onlyReexports,
  planHelperCall,
  reexportedNames,
  returnsAuthValue,
  siteOf,
  type HelperSite,
} from './find/cross-file.js';
import { removeExportSpecifiers, removeStatement } from './output/text-edits.js';
import { rewriteHelper } from './output/rewrite-helper.js';
import { commonJsExportOf, wrapperCalls, wrapperLabel, wrapperOf, type Wrapper } from './find/wrappers.js';

export type { CrossFileFacts, HelperEscape, HelperSpec, MigrateOptions, MigrateResult, ReviewItem, WrapperSpec } from './migrate-result.js';

export { mayNeedMigration } from './find/prefilter.js';

interface Migratable {
  unit: Unit;
  context: ServerContextSource;
  plans: OpConversion[];
}

interface MigratableHelper {
  site: HelperSite;
  unit: UnitBody;
  plans: OpConversion[];
}

function convertOp(ctx: FileMigration, unit: UnitBody, op: Op): ConversionResult {
  const pc = { ctx, unit };
  switch (op.category) {
    case HELPER_CATEGORY:
      return planHelperCall(ctx, op);
    case 'Auth':
      return convertAuth(pc, op);
    case 'API':
      if (op.method === 'graphql') return convertGraphql(pc, op);
      if (REST_METHODS.has(op.method)) return convertRest(pc, op);
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
      return convertStorage(pc, op);
    case 'DataStore':
      return convertDataStore(ctx, op);
    default:
      return {
        todos: [todoAt(ctx, op.call, 'no-server-equivalent', `${op.category}.${op.method} has no v6 server API`)],
      };
  }
}

export function migrateSource(source: string, filePath: string, options: MigrateOptions): MigrateResult {
  const noFacts = {
    escapes: [],
    helpersMigrated: [],
    helperCallsMigrated: [],
    reexports: [],
    ssrImportsKept: false,
    wrappers: [],
    wrappersDropped: [],
    wrapperCallsMigrated: [],
    wrapperCallsKept: [],
  };
  const unchanged: MigrateResult = { output: source, changed: false, review: [], usesGraphqlClient: false, crossFile: noFacts };
  const crossFileWork = !!(options.helpers?.length || options.ssrModules?.length || options.wrapperModules?.length);
  if (!mayNeedMigration(source) && !crossFileWork) return unchanged;
  // A file that does not parse throws (SyntaxError with `loc`): the runner reports it as file:line:col.
  const file: t.File = parseLikeJscodeshift(source, filePath);
  const ctx = new FileMigration(source, filePath, options, file);
  const tree = ctx.tree;
  const todos: Todo[] = [...datastoreSsrImportTodos(ctx)];
  const bindings = findSsrBindings(ctx);
  todos.push(...reexportTodos(ctx));
  const refs = ssrReferences(ctx, bindings);
  const mockTodos = testMockTodos(ctx, refs);
  const migratable: Migratable[] = [];
  // Wrappers of withSSRContext this module exports, and those of them whose callers all migrated.
  const wrappers: Wrapper[] = [];
  const droppedWrappers: Wrapper[] = [];
  // Calls of wrappers in other modules, each a unit; the first reason of those that stay v5.
  const calls = wrapperCalls(ctx);
  const wrapperUnits = new Map<Unit, string>();
  const kept: { site: string; reason: string }[] = [];
  const keep = (unit: Unit, list: Todo[]): void => {
    const site = wrapperUnits.get(unit);
    if (site !== undefined) kept.push({ site, reason: list[0] ? `${list[0].code}: ${list[0].reason}` : 'it stays v5' });
    todos.push(...list);
  };

  if (mockTodos) {
    todos.push(...mockTodos);
    for (const w of calls) kept.push({ site: siteOf(w.call), reason: 'test-mock: this test file mocks withSSRContext' });
  } else {
    const units: Unit[] = [];
    for (const ref of refs) {
      const c = callParent(tree, ref.node);
      if (!c || c.type !== 'CallExpression' || wrapped(tree, ref.node) !== c.callee) {
        todos.push(nonCallTodo(ctx, ref.node));
        continue;
      }
      const wrapper = wrapperOf(ctx, c);
      if (wrapper) wrappers.push(wrapper);
      if (wrapper && options.dropWrappers?.includes(wrapper.spec.name)) {
        droppedWrappers.push(wrapper);
        continue;
      }
      const unit = analyzeUnit(ctx, c);
      const commonJs = wrapper ? undefined : commonJsExportOf(ctx, c);
      const reason = wrapper ? wrapperReason(wrapper) : commonJs && commonJsReason(commonJs);
      if (reason) unit.todos = unit.todos.map((todo) => ({ ...todo, reason }));
      units.push(unit);
    }
    for (const w of calls) {
      const unit = analyzeUnit(ctx, w.call, { arg: w.arg, category: w.spec.category });
      if (w.todo) unit.todos.unshift(w.todo);
      wrapperUnits.set(unit, siteOf(w.call));
      units.push(unit);
    }
    for (const unit of units) {
      if (unit.todos.length) {
        keep(unit, unit.todos);
        continue;
      }
      const restore = ctx.checkpoint();
      const resolved = resolveServerContext(ctx, unit);
      const plans: OpConversion[] = [];
      const unitTodos: Todo[] = 'todo' in resolved ? [resolved.todo] : [];
      // Calls nested in the arguments of a call whose v6 form drops them (`Auth.userSession(await Auth.currentAuthenticatedUser())`).
      const dropped = unit.ops
        .filter((o) => o.category === 'Auth' && ['userSession', 'userAttributes', 'verifiedContact'].includes(o.method))
        .flatMap((o) => o.call.arguments);
      for (const op of unit.ops) {
        if (dropped.some((a) => tree.contains(a, op.call))) continue;
        const result = convertOp(ctx, unit, op);
        if ('todos' in result) unitTodos.push(...result.todos);
        else plans.push(result.plan);
      }
      // Every offending statement of the unit gets its marker; the unit stays v5 as a whole.
      if (unitTodos.length || 'todo' in resolved) {
        restore();
        keep(unit, unitTodos);
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
        keep(unit, survivors);
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
    } else if (options.dropReexports && names.includes('*')) {
      // `export * from 'aws-amplify'` is v6 as it is once nothing imports withSSRContext through it.
      todos.splice(i, 1);
      droppedReexports++;
    }
  }

  // A wrapper whose every call was migrated goes with its export statement (the import pass drops withSSRContext).
  for (const w of droppedWrappers) for (const stmt of w.statements) removeStatement(ctx, stmt, undefined, { detachComments: true });
  removeExportSpecifiers(
    ctx,
    droppedWrappers.flatMap((w) => (w.specifier ? [w.specifier] : [])),
  );

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
  ctx.migratedUnits += droppedReexports + droppedWrappers.length;
  const inMigratedUnit = (node: t.Node) => migratable.some((m) => tree.contains(m.unit.call, node));
  const crossFile = {
    reexports: [...new Set(reexports)],
    ssrImportsKept: refs.some(
      (r) =>
        r.binding.declaration.type === 'ImportDeclaration' &&
        r.binding.declaration.source.value !== 'aws-amplify' &&
        !inMigratedUnit(r.node),
    ),
    escapes: helperEscapes(ctx),
    helpersMigrated: helpers.map((h) => h.site.spec.name),
    helperCallsMigrated: migratable.flatMap((m) => m.unit.ops.filter((op) => op.category === HELPER_CATEGORY).map((op) => siteOf(op.call))),
    wrappers: wrappers.map((w) => w.spec),
    wrappersDropped: droppedWrappers.map((w) => w.spec.name),
    wrapperCallsMigrated: migratable.flatMap((m) => (wrapperUnits.has(m.unit) ? [wrapperUnits.get(m.unit)!] : [])),
    wrapperCallsKept: kept,
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
  const unusedImport = bindings.some(
    (b) => !b.namespace && b.declaration.type === 'ImportDeclaration' && referencesOf(tree, b.local).length === 0,
  );
  if (toV6 || loggerReads > 0 || unusedImport) {
    const anchorIndex = anchorImportIndex(ctx, bindings);
    let pass: ReturnType<typeof rewriteImports>;
    try {
      pass = rewriteImports(ctx, output, tree, anchorIndex, {
        repointTypes: ctx.migratedUnits > 0,
        removed: droppedWrappers
          .flatMap((w) => [...w.statements, ...(w.specifier ? [w.specifier] : [])])
          .map((n) => ({ start: n.start!, end: n.end! })),
      });
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
  // The wrapper and its import were the head of the module: what is left does not start with a blank line.
  if (droppedWrappers.length && !/^\uFEFF?[ \t]*\r?\n/.test(source)) output = output.replace(/^(\uFEFF?)(?:[ \t]*\r?\n)+/, '$1');
  if (droppedWrappers.length && parseLikeJscodeshift(output, filePath).program.body.length === 0) {
    const names = droppedWrappers.map((w) => wrapperLabel(w.spec)).join(', ');
    review.push(
      makeItem(
        source,
        droppedWrappers[0]!.statements[0]!,
        'empty-module',
        `nothing is left in this module once ${names} (a wrapper of withSSRContext, which v6 does not have) is gone: delete the file`,
        'info',
      ),
    );
  }
  review.sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
  if (output === source) return { ...unchanged, review, crossFile };
  return { output, changed: true, review, usesGraphqlClient: ctx.usesGraphqlClient && ctx.migratedUnits > 0, crossFile };
}

function wrapperReason(wrapper: Wrapper): string {
  return `${wrapperLabel(wrapper.spec)} returns the SSR instance${wrapper.spec.category ? `'s ${wrapper.spec.category}` : ''} to its callers; v6 has no withSSRContext, and it migrates with them only when every use of it in the project can be followed`;
}

function commonJsReason(name: string): string {
  return `${name} returns the SSR instance to its callers through module.exports, which migrate-v5 does not follow across files; export it with \`export\` to migrate it with them`;
}

/** A helper's calls on its SSR parameter, planned like a unit's; any blocker keeps it (and its callers) in v5. */
function planHelper(ctx: FileMigration, site: HelperSite): MigratableHelper | { todos: Todo[] } {
  const unit = analyzeHelperBody(ctx, site.fn, site.param, site.spec.passes);
  if (unit.todos.length) return { todos: unit.todos };
  const restore = ctx.checkpoint();
  const plans: OpConversion[] = [];
  const todos: Todo[] = [];
  for (const op of unit.ops) {
    const result = convertOp(ctx, unit, op);
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
  return makeItem(
    source,
    decl,
    'client-v5-remains',
    `client-side v5 code remains: ${names.join(', ')} from 'aws-amplify' do not exist in v6`,
    'info',
  );
}

/** Info items an earlier run left NOTE markers for, at the statement below each marker. */
function notedEarlier(ctx: FileMigration): ReviewItem[] {
  const out: ReviewItem[] = [];
  for (const comment of ctx.tree.file.comments ?? []) {
    if (comment.type !== 'CommentLine') continue;
    const code = noteCode(comment.value);
    if (!code) continue;
    const next = ctx.tree.program.body.length ? statementAfter(ctx, comment.end!) : undefined;
    out.push(
      makeItem(
        ctx.source,
        next ?? comment,
        code,
        `${codeSummary(code)} (noted by an earlier run; remove the NOTE line once checked)`,
        'info',
      ),
    );
  }
  return out;
}

/** The innermost statement starting after `offset` (the one a marker comment above it is about). */
function statementAfter(ctx: FileMigration, offset: number): t.Node | undefined {
  let best: t.Node | undefined;
  for (const node of ctx.tree.all) {
    if (node.start! < offset || !/Statement$|Declaration$/.test(node.type)) continue;
    if (!best || node.start! < best.start!) best = node;
  }
  return best;
}

function importsRunner(tree: Tree): boolean {
  return tree.program.body.some(
    (s) =>
      s.type === 'ImportDeclaration' &&
      s.specifiers.some(
        (sp) => sp.type === 'ImportSpecifier' && sp.imported.type === 'Identifier' && sp.imported.name === 'runWithAmplifyServerContext',
      ),
  );
}

const V5_CATEGORIES = ['API', 'Auth', 'Storage', 'DataStore', 'Analytics', 'PubSub', 'Interactions', 'Predictions'];

function v5ClientImports(tree: Tree): { decl: t.ImportDeclaration; names: string[] }[] {
  const out: { decl: t.ImportDeclaration; names: string[] }[] = [];
  for (const s of tree.program.body) {
    if (s.type !== 'ImportDeclaration' || s.source.value !== 'aws-amplify' || s.importKind === 'type') continue;
    const names = s.specifiers.flatMap((sp) =>
      sp.type === 'ImportSpecifier' && sp.imported.type === 'Identifier' && V5_CATEGORIES.includes(sp.imported.name)
        ? [sp.imported.name]
        : [],
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

function anchorImportIndex(ctx: FileMigration, bindings: { declaration: t.Node }[]): number {
  const amplifyImports = ctx.tree.program.body.filter((s) => s.type === 'ImportDeclaration' && s.source.value === 'aws-amplify');
  for (const b of bindings) {
    const i = amplifyImports.indexOf(b.declaration as t.Statement);
    if (i >= 0) return i;
  }
  return 0;
}

/**
 * The transform as a jscodeshift module (`jscodeshift -t`): `options.utilsImport` defaults to
 * '@/utils/amplifyServerUtils'. A file whose text cannot hold a migration site is returned unchanged
 * without being parsed (`mayNeedMigration`), as amplify-next's own runner does.
 */
export default function transformer(file: FileInfo, _api: API, options: Options): string {
  const result = migrateSource(file.source, file.path, {
    utilsImport: typeof options.utilsImport === 'string' ? options.utilsImport : '@/utils/amplifyServerUtils',
    amplifyVersion: typeof options.amplifyVersion === 'string' ? options.amplifyVersion : undefined,
  });
  return result.output;
}
