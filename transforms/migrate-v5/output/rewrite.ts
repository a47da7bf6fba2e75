import type * as t from '@babel/types';
import { isFunction, isLoop, patternIdentifiers, unwrap, wrapped } from '../../../src/ast/tree.js';
import type { ServerContextSource } from '../find/server-context.js';
import type { FileMigration } from '../find/file-migration.js';
import type { Op, Unit } from '../find/find-units.js';
import { defaultAwaited, defaultOperation, inRegion, type OpConversion } from '../categories/op-conversion.js';
import { block, call, indentRaw, obj, print, prop, propOrShorthand, raw, type Doc } from './print.js';
import { referencesOf, resolveBinding } from '../find/scope.js';
import { removeListItem, removeStatement } from './text-edits.js';

export const CONTEXT_PARAM = 'contextSpec';

/**
 * Rewrites one unit whose every use has a v6 equivalent: R1 (each call in place) when the calls are
 * independent, R2 (one operation around the statements that use the instance) when they depend on each
 * other or sit in loops/callbacks.
 */
export function rewriteUnit(ctx: FileMigration, unit: Unit, context: ServerContextSource, plans: OpConversion[]): void {
  const runner = ctx.importName(ctx.options.utilsImport, 'runWithAmplifyServerContext');
  const cs = CONTEXT_PARAM;
  const region = needsRegion(ctx, unit, plans) ? computeRegion(ctx, unit, plans) : undefined;
  if (region) for (const p of plans) if (isDeclarationExpansion(ctx, p)) inRegion.add(p.op);

  // 1. Downstream reads first, so that later text extraction includes them.
  for (const p of plans) p.apply?.();

  // 2. Remove the v5 instance statements (or put the middleware response in their place).
  let preDone = false;
  for (const stmt of unit.deleteStmts) {
    if (context.preStatement && context.preStatement.anchor === stmt && !preDone) {
      removeStatement(ctx, stmt, context.preStatement.text);
      preDone = true;
    } else {
      removeStatement(ctx, stmt);
    }
  }
  for (const d of unit.deleteDeclarators) {
    const decl = ctx.tree.parent(d) as t.VariableDeclaration;
    removeListItem(ctx, decl.declarations, d);
  }
  if (context.preStatement && !preDone) {
    const anchor = context.preStatement.anchor;
    const lineStart = ctx.source.lastIndexOf('\n', anchor.start! - 1) + 1;
    ctx.addSplice(lineStart, lineStart, `${ctx.indentAt(anchor.start!)}${context.preStatement.text}\n`);
  }
  context.apply();

  const runnerDoc = (operation: Doc): Doc =>
    call(runner, [obj([prop('nextServerContext', contextDoc(context.text)), prop('operation', operation)], true)]);

  // Innermost calls first: a call nested in another's arguments is edited before the outer one takes its text.
  const ordered = [...plans].sort((a, b) => a.op.call.end! - a.op.call.start! - (b.op.call.end! - b.op.call.start!));
  if (!region) {
    // `Auth.essentialCredentials(await Auth.currentCredentials())`: the inner call's runner takes the outer's place.
    const relocated = new Map<OpConversion, t.Node>();
    for (const p of plans) {
      if (!p.inline) continue;
      const arg = p.op.call.arguments[0];
      const inner = arg && plans.find((q) => q !== p && unwrap(arg.type === 'AwaitExpression' ? arg.argument : arg) === q.op.call);
      if (!inner || inner.inline || inner.chain) continue;
      const outerAwait = awaitOf(ctx, p.op);
      relocated.set(inner, arg.type === 'AwaitExpression' && outerAwait ? outerAwait : p.op.call);
      relocated.set(p, p.op.call);
    }
    for (const p of ordered) {
      const target = relocated.get(p);
      if (target && p.inline) continue;
      if (target) {
        const prefix = target.type === 'AwaitExpression' || target !== p.op.call ? 'await ' : '';
        const runner = runnerDoc(defaultOperation(p, cs));
        const text = print(runner, ctx.indentAt(target.start!), ctx.columnAt(target.start!) + prefix.length, ctx.printOptions);
        ctx.extractSplices(target.start!, target.end!);
        ctx.replace(target, `${prefix}${text}`);
      } else if (p.inline) inlineCall(ctx, p);
      else rewriteInPlace(ctx, p, runnerDoc(defaultOperation(p, cs)));
    }
    relayoutArrays(ctx, plans);
    return;
  }
  for (const p of ordered) {
    if (p.inline) inlineCall(ctx, p);
    else rewriteInRegion(ctx, p, cs);
  }
  wrapRegion(ctx, region, runnerDoc, plans);
}

/** `{ request: a, response: b }` as a doc that breaks over lines when too long. */
function contextDoc(text: string): Doc {
  const m = /^\{ request: (.+), response: (.+) \}$/.exec(text);
  if (!m) return raw(text);
  return obj([propOrShorthand('request', m[1]), propOrShorthand('response', m[2])]);
}

function printAt(ctx: FileMigration, doc: Doc, node: t.Node, reserve = 1): string {
  return print(doc, ctx.indentAt(node.start!), ctx.columnAt(node.start!), ctx.printOptions, reserve);
}

/** R1: `X.Cat.method(args)` → `runWithAmplifyServerContext({ nextServerContext, operation })`. */
function rewriteInPlace(ctx: FileMigration, plan: OpConversion, runner: Doc): void {
  if (plan.chain) {
    // R1-hoist: `const session = await runWith…(…)` above the statement, and the chain reads it.
    const stmt = ctx.tree.statementOf(plan.chain.node);
    const indent = ctx.indentAt(stmt.start!);
    const lineStart = ctx.source.lastIndexOf('\n', stmt.start! - 1) + 1;
    const head = `const ${plan.chain.hoistName} = await `;
    const text = print(runner, indent, indent.length + head.length, ctx.printOptions, 2);
    ctx.extractSplices(plan.chain.node.start!, plan.chain.node.end!);
    ctx.addSplice(lineStart, lineStart, `${indent}${head}${text}${ctx.semi}\n`);
    ctx.replace(plan.chain.node, plan.chain.render(plan.chain.hoistName));
    return;
  }
  const text = printAt(ctx, runner, plan.op.call);
  ctx.extractSplices(plan.op.call.start!, plan.op.call.end!);
  ctx.replace(plan.op.call, text);
}

/**
 * `Promise.all([SSR.Auth.currentSession(), SSR.API.graphql(...)])` written on one line: once the calls
 * became multi-line runners, the array gets one element per line (as Prettier lays it out).
 */
function relayoutArrays(ctx: FileMigration, plans: OpConversion[]): void {
  const tree = ctx.tree;
  const arrays = new Set<t.ArrayExpression>();
  for (const p of plans) {
    if (p.chain) continue;
    let value: t.Node = wrapped(tree, p.op.call);
    const parent = tree.parent(value);
    if (parent?.type === 'AwaitExpression') value = wrapped(tree, parent);
    const array = tree.parent(value);
    if (array?.type === 'ArrayExpression' && !ctx.source.slice(array.start!, array.end!).includes('\n')) arrays.add(array);
  }
  for (const array of arrays) {
    if (array.elements.some((e) => !e)) continue;
    const items = array.elements.map((e) => ctx.editedText(e!));
    const indent = ctx.indentAt(array.start!);
    const inner = indent + ctx.style.indent;
    const text = items.some((i) => i.includes('\n'))
      ? `[\n${items.map((i) => inner + indentRaw(i, inner)).join(',\n')}${ctx.trailingComma ? ',' : ''}\n${indent}]`
      : `[${items.join(', ')}]`;
    ctx.extractSplices(array.start!, array.end!);
    ctx.replace(array, text);
  }
}

/** A v5 call with no server work: replaced by its v6 expression in place. */
export function inlineCall(ctx: FileMigration, plan: OpConversion): void {
  const text = printAt(ctx, plan.inline!(), plan.op.call);
  ctx.extractSplices(plan.op.call.start!, plan.op.call.end!);
  ctx.replace(plan.op.call, text);
}

/** The `await` directly around the op (through casts), if any. */
function awaitOf(ctx: FileMigration, op: Op): t.AwaitExpression | undefined {
  const parent = ctx.tree.parent(wrapped(ctx.tree, op.call));
  return parent?.type === 'AwaitExpression' ? parent : undefined;
}

/** `const x = await op` as the only declarator of its statement. */
function singleDeclaration(ctx: FileMigration, op: Op): { decl: t.VariableDeclaration; id: t.Node } | undefined {
  const aw = awaitOf(ctx, op);
  if (!aw) return undefined;
  const outer = wrapped(ctx.tree, aw);
  const declarator = ctx.tree.parent(outer);
  if (declarator?.type !== 'VariableDeclarator' || declarator.init !== outer) return undefined;
  const decl = ctx.tree.parent(declarator);
  if (decl?.type !== 'VariableDeclaration' || decl.declarations.length !== 1) return undefined;
  if (ctx.tree.parent(decl)?.type === 'ForOfStatement') return undefined;
  return { decl, id: declarator.id };
}

export function isDeclarationExpansion(ctx: FileMigration, plan: OpConversion): boolean {
  return !!plan.declarationStatements && !!singleDeclaration(ctx, plan.op);
}

/** R2: inside the operation, each op becomes its plain v6 call with the context parameter. */
export function rewriteInRegion(ctx: FileMigration, plan: OpConversion, cs: string): void {
  if (plan.chain) {
    const awaited = defaultAwaited(plan, cs);
    const text = printAt(ctx, awaited, plan.chain.node);
    ctx.extractSplices(plan.chain.node.start!, plan.chain.node.end!);
    ctx.replace(plan.chain.node, plan.chain.render(`(${text})`));
    return;
  }
  const single = singleDeclaration(ctx, plan.op);
  if (single && plan.declarationStatements) {
    const idNode = single.id;
    const idText = ctx.text(idNode);
    const docs = plan.declarationStatements(cs, single.decl.kind, idText);
    const indent = ctx.indentAt(single.decl.start!);
    const lines = docs.map((d) => print(d, indent, indent.length, ctx.printOptions, 0));
    ctx.extractSplices(single.decl.start!, single.decl.end!);
    ctx.addSplice(single.decl.start!, single.decl.end!, lines.join(`\n${indent}`));
    return;
  }
  const aw = awaitOf(ctx, plan.op);
  if (aw) {
    const text = printAt(ctx, defaultAwaited(plan, cs), aw);
    ctx.extractSplices(aw.start!, aw.end!);
    ctx.replace(aw, text);
    return;
  }
  const text = printAt(ctx, plan.promise(cs), plan.op.call);
  ctx.extractSplices(plan.op.call.start!, plan.op.call.end!);
  ctx.replace(plan.op.call, text);
}

/** The v6 bindings each op's result lands in (`const user = await op` → user). */
function resultBindings(ctx: FileMigration, op: Op): t.Identifier[] {
  let value: t.Node = wrapped(ctx.tree, op.call);
  for (;;) {
    const parent = ctx.tree.parent(value);
    if (!parent) return [];
    if (parent.type === 'AwaitExpression' || parent.type === 'TSAsExpression' || parent.type === 'TSNonNullExpression') {
      value = parent;
      continue;
    }
    if (parent.type === 'VariableDeclarator' && parent.init === value) return patternIdentifiers(parent.id);
    if (parent.type === 'AssignmentExpression' && parent.right === value && parent.left.type === 'Identifier') {
      const binding = resolveBinding(ctx.tree, parent.left);
      return binding ? [binding] : [];
    }
    return [];
  }
}

/** Do the unit's calls need one shared operation (R2)? */
function needsRegion(ctx: FileMigration, unit: Unit, allPlans: OpConversion[]): boolean {
  const plans = allPlans.filter((p) => !p.inline);
  if (plans.length === 0) return false;
  const tree = ctx.tree;
  // A call nested in the (kept) arguments of another call feeds it.
  for (const outer of plans) {
    if (outer.dropsArgs) continue;
    for (const inner of plans) {
      if (inner !== outer && outer.op.call.arguments.some((a) => tree.contains(a, inner.op.call))) return true;
    }
  }
  for (const p of plans) {
    for (const a of tree.ancestors(p.op.call)) {
      if (a === unit.fn) break;
      if (isFunction(a) || isLoop(a)) return true;
    }
  }
  if (plans.length < 2) return false;
  // Results that feed another call (directly or through variables computed from them).
  const tainted = new Set<t.Identifier>();
  for (const p of plans) for (const id of resultBindings(ctx, p.op)) tainted.add(id);
  const containsOp = (node: t.Node): boolean => plans.some((p) => tree.contains(node, p.op.call));
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of tree.descendants(unit.fn!)) {
      // const x = f(await op) / const y = x.name / x = (await op).username
      let targets: t.Identifier[] = [];
      let source: t.Node | null | undefined;
      if (node.type === 'VariableDeclarator' && node.init) {
        targets = patternIdentifiers(node.id);
        source = node.init;
      } else if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier') {
        const binding = resolveBinding(tree, node.left);
        targets = binding ? [binding] : [];
        source = node.right;
      }
      if (!source || targets.length === 0 || targets.every((id) => tainted.has(id))) continue;
      if (containsOp(source) || readsAny(ctx, source, tainted)) {
        for (const id of targets) tainted.add(id);
        grew = true;
      }
    }
  }
  return plans.some((p) => !p.dropsArgs && p.op.call.arguments.some((arg) => readsAny(ctx, arg, tainted)));
}

function readsAny(ctx: FileMigration, node: t.Node, bindings: Set<t.Identifier>): boolean {
  if (bindings.size === 0) return false;
  const names = new Set([...bindings].map((b) => b.name));
  for (const n of ctx.tree.descendants(node)) {
    if (n.type !== 'Identifier' || !names.has(n.name)) continue;
    for (const b of bindings) {
      if (b.name === n.name && referencesOf(ctx.tree, b, node).includes(n)) return true;
    }
  }
  return false;
}

interface Region {
  list: t.Statement[];
  first: number;
  last: number;
  /** The operation's result is returned by the enclosing function (region runs to its end). */
  returns: boolean;
  fn: t.Node;
}

/** The statements, in one block, from the first to the last that uses the instance. */
function computeRegion(ctx: FileMigration, unit: Unit, plans: OpConversion[]): Region {
  const tree = ctx.tree;
  const fn = unit.fn!;
  const body = (fn as { body: t.Node }).body;
  // Statement lists on the path of each op, up to the unit's function (not inside nested functions).
  const paths = plans.map((p) => {
    const lists: t.Node[] = [];
    for (const a of tree.ancestors(p.op.call)) {
      if (a === fn) break;
      // The operation goes around a whole loop or callback, not inside each iteration.
      if (isFunction(a) || isLoop(a)) lists.length = 0;
      else if (a.type === 'BlockStatement' || a.type === 'SwitchCase' || a.type === 'StaticBlock') lists.push(a);
    }
    return lists;
  });
  let container: t.Node = body;
  for (const candidate of paths[0]) {
    if (paths.every((path) => path.includes(candidate))) {
      container = candidate;
      break;
    }
  }
  const listOf = (c: t.Node): t.Statement[] => (c.type === 'SwitchCase' ? c.consequent : (c as t.BlockStatement).body);
  const topStatement = (node: t.Node, c: t.Node): t.Statement => {
    let current = node;
    for (const a of tree.ancestors(node)) {
      if (a === c) return current as t.Statement;
      current = a;
    }
    return current as t.Statement;
  };
  const build = (c: t.Node, toEnd: boolean): Region => {
    const list = listOf(c);
    const indices = plans.map((p) => list.indexOf(topStatement(p.op.call, c)));
    const first = Math.min(...indices);
    const last = toEnd ? list.length - 1 : Math.max(...indices);
    return { list, first, last, returns: toEnd, fn };
  };
  let region = build(container, false);
  if (escapesRegion(ctx, region)) {
    if (body.type !== 'BlockStatement') return region;
    region = build(body, true);
  }
  return region;
}

/** Does the region contain a return/break/continue that leaves it? */
function escapesRegion(ctx: FileMigration, region: Region): boolean {
  for (let i = region.first; i <= region.last; i++) {
    const stmt = region.list[i];
    for (const node of ctx.tree.descendants(stmt)) {
      if (node.type === 'ReturnStatement' || node.type === 'YieldExpression') {
        if (ctx.tree.enclosingFunction(node) === region.fn) return true;
      }
      if ((node.type === 'BreakStatement' || node.type === 'ContinueStatement') && ctx.tree.enclosingFunction(node) === region.fn) {
        let inside = false;
        for (const a of ctx.tree.ancestors(node)) {
          if (a === stmt) break;
          if (isLoop(a) || (node.type === 'BreakStatement' && a.type === 'SwitchStatement')) {
            inside = true;
            break;
          }
        }
        if (!inside) return true;
      }
    }
  }
  return false;
}

/** Names declared at the top level of the region and read after it. */
function escapingBindings(ctx: FileMigration, region: Region, plans: OpConversion[]): { names: string[]; kind: string } {
  const tree = ctx.tree;
  const end = region.list[region.last].end!;
  const names: string[] = [];
  let kind = 'const';
  for (let i = region.first; i <= region.last; i++) {
    const stmt = region.list[i];
    if (stmt.type !== 'VariableDeclaration') continue;
    for (const d of stmt.declarations) {
      for (const id of patternIdentifiers(d.id)) {
        const refs = referencesOf(tree, id, region.fn);
        const later = refs.filter((r) => r.start! >= end);
        if (later.length === 0) continue;
        names.push(id.name);
        if (stmt.kind !== 'const') {
          const reassigned = later.some((r) => {
            const p = tree.parent(r);
            return (p?.type === 'AssignmentExpression' && p.left === r) || p?.type === 'UpdateExpression';
          });
          if (reassigned) kind = 'let';
        }
        for (const p of plans) {
          if (p.extraBindings && resultBindings(ctx, p.op).includes(id)) names.push(...p.extraBindings);
        }
      }
    }
  }
  return { names: [...new Set(names)], kind };
}

function wrapRegion(ctx: FileMigration, region: Region, runnerDoc: (operation: Doc) => Doc, plans: OpConversion[]): void {
  const firstStmt = region.list[region.first];
  const lastStmt = region.list[region.last];
  const start = firstStmt.start!;
  const end = lastStmt.end!;
  const { names, kind } = region.returns ? { names: [], kind: 'const' } : escapingBindings(ctx, region, plans);
  const bodyText = ctx.editedText({ start, end });
  const stmts: Doc[] = [raw(bodyText)];
  if (names.length === 1) stmts.push(raw(`return ${names[0]}${ctx.semi}`));
  else if (names.length > 1) stmts.push(raw(`return { ${names.join(', ')} }${ctx.semi}`));
  const operation = block(CONTEXT_PARAM, stmts);
  const doc = runnerDoc(operation);
  const indent = ctx.indentAt(start);
  let head: string;
  if (region.returns) head = 'return ';
  else if (names.length === 0) head = 'await ';
  else if (names.length === 1) head = `${kind} ${names[0]} = await `;
  else head = `${kind} { ${names.join(', ')} } = await `;
  const text = print(doc, indent, indent.length + head.length, ctx.printOptions, 2);
  ctx.addSplice(start, end, `${head}${text}${ctx.semi}`);
}
